import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  Callback,
  CallbackAttemptResult,
  CallDirection,
  CallRecord,
  CallSummary,
  CaseRecord,
  CaseSummary,
  CreateCaseRequest,
  CreateCallbackRequest,
  CssrsQuestionId,
  InstrumentId,
  Page,
  ReferralResource,
  ReferralType,
  StaffMember,
} from '@casebook/shared/contracts';
import type { LookupMode } from './case-lookup-api';
import type {
  DisclosureDraft,
  DraftChanges,
  StoredCallDraft,
} from './draft-model';

/** What the counselor does on the call screen while the call is a draft. */
export const CallPageActions = createActionGroup({
  source: 'Call Page',
  events: {
    /**
     * A new draft. Started from a call-back (`/calls/new?caseId=&direction=&callbackId=`)
     * it is outbound with the case linked, and remembers the call-back.
     */
    'New Call Started': props<{
      id: string;
      startedAt: string;
      direction?: CallDirection;
      caseId?: string | null;
      callbackId?: string | null;
    }>(),
    Opened: props<{ id: string }>(),
    'Content Changed': props<{ id: string; changes: DraftChanges }>(),
    /**
     * One instrument item answered (`score: null` clears it). A delta, applied by the
     * reducer to the latest answers: key presses faster than the screen redraws must
     * never overwrite each other.
     */
    'Item Answered': props<{
      id: string;
      instrument: InstrumentId;
      itemId: string;
      score: number | null;
    }>(),
    /** One screener answer; the reducer applies it and the skip rules to the latest answers. */
    'Risk Answered': props<{
      id: string;
      questionId: CssrsQuestionId;
      answer: boolean;
    }>(),
    /** A field lost focus: save now rather than after the pause. */
    'Field Blurred': props<{ id: string }>(),
    'Save Now Requested': props<{ id: string }>(),
    'Case Picked': props<{ id: string; linkedCase: CaseSummary }>(),
    'Anonymous Chosen': props<{ id: string }>(),
    'Change Case Clicked': props<{ id: string }>(),
    'Disclosure Draft Changed': props<{
      id: string;
      draft: DisclosureDraft | null;
    }>(),
    /** One field of the disclosure form typed, applied to the latest form. */
    'Disclosure Field Changed': props<{
      id: string;
      field: Exclude<keyof DisclosureDraft, 'disclosedByUserId'>;
      value: string;
    }>(),
    /** The disclosure passed `emergencyDisclosureProblems`: it becomes part of the call. */
    'Disclosure Recorded': props<{ id: string; draft: DisclosureDraft }>(),
    /** `callbackResult`: asked for a call started from a call-back, logged on it once final. */
    'Finalize Confirmed': props<{
      id: string;
      callbackResult?: CallbackAttemptResult | null;
    }>(),
    'Local Copy Discarded': props<{ id: string }>(),
    /** "Discard draft" confirmed on the call screen. */
    'Discard Confirmed': props<{ id: string }>(),
    /** The counselor left the call screen with nothing recorded: discard it if the server agrees. */
    'Left Empty': props<{ id: string }>(),
  },
});

/** What the counselor does on a finalized call. */
export const FinalCallActions = createActionGroup({
  source: 'Final Call',
  events: {
    'Addendum Text Changed': props<{ id: string; text: string }>(),
    'Addendum Submitted': props<{ id: string; text: string }>(),
  },
});

/** The caller lookup at the top of the call screen. */
export const CaseLookupActions = createActionGroup({
  source: 'Case Lookup',
  events: {
    'Query Changed': props<{ query: string }>(),
    'Create Case Submitted': props<{
      callId: string;
      request: CreateCaseRequest;
    }>(),
    'Create Case Opened': emptyProps(),
  },
});

/** The "My drafts" page. */
export const MyDraftsPageActions = createActionGroup({
  source: 'My Drafts Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ pageIndex: number; pageSize: number }>(),
    'Discard Confirmed': props<{ id: string }>(),
  },
});

/** The timers behind autosave: a change has waited long enough, or a failed save is due again. */
export const AutosaveActions = createActionGroup({
  source: 'Autosave',
  events: {
    'Save Due': props<{ id: string }>(),
  },
});

/** The browser: its connection and its storage. */
export const DeviceActions = createActionGroup({
  source: 'Device',
  events: {
    'Back Online': emptyProps(),
    'Local Drafts Found': props<{ drafts: StoredCallDraft[] }>(),
    'Draft Restored': props<{ draft: StoredCallDraft }>(),
    'Addendum Restored': props<{ id: string; text: string }>(),
    'Draft Write Failed': props<{ id: string; reason: string }>(),
    'Draft Write Recovered': emptyProps(),
  },
});

/** Results of the `/api/calls` endpoints. */
export const CallsApiActions = createActionGroup({
  source: 'Calls API',
  events: {
    'Call Loaded': props<{ record: CallRecord }>(),
    'Call Load Failed': props<{ id: string; error: ApiError }>(),
    /** `revision` is the local revision whose content the save carried. */
    'Draft Saved': props<{
      id: string;
      record: CallRecord;
      revision: number;
    }>(),
    'Draft Save Failed': props<{
      id: string;
      error: ApiError;
      revision: number;
    }>(),
    'Call Finalized': props<{ record: CallRecord }>(),
    'Finalize Failed': props<{ id: string; error: ApiError }>(),
    'Addendum Added': props<{ record: CallRecord }>(),
    'Addendum Failed': props<{ id: string; error: ApiError }>(),
    'Drafts Loaded': props<{ page: Page<CallSummary> }>(),
    'Drafts Load Failed': props<{ error: ApiError }>(),
    /** `asked`: the counselor chose it (else it was an empty draft left behind). */
    'Draft Discarded': props<{ id: string; asked: boolean }>(),
    'Discard Failed': props<{ id: string; error: ApiError }>(),
    /** The server holds content the screen did not show, or could not be asked: kept. */
    'Empty Draft Kept': props<{ id: string }>(),
  },
});

/** Results of the `/api/cases` endpoints the call screen uses. */
export const CaseLookupApiActions = createActionGroup({
  source: 'Case Lookup API',
  events: {
    'Matches Loaded': props<{
      query: string;
      mode: LookupMode;
      page: Page<CaseSummary>;
    }>(),
    'Matches Load Failed': props<{ query: string; error: ApiError }>(),
    'Case Created': props<{ callId: string; created: CaseRecord }>(),
    'Case Create Failed': props<{ callId: string; error: ApiError }>(),
    'Linked Case Loaded': props<{ callId: string; linkedCase: CaseRecord }>(),
    'Linked Case Load Failed': props<{ callId: string; error: ApiError }>(),
  },
});

/** The "schedule a call-back" panel of the call screen (Alt+B). */
export const CallbackSchedulerActions = createActionGroup({
  source: 'Callback Scheduler',
  events: {
    Opened: props<{ callId: string }>(),
    Closed: emptyProps(),
    Submitted: props<{ callId: string; request: CreateCallbackRequest }>(),
  },
});

/** The directory search beside a ticked referral. */
export const ReferralDirectoryActions = createActionGroup({
  source: 'Referral Directory',
  events: {
    'Query Changed': props<{ referralType: ReferralType; query: string }>(),
    /** Kept so the entry's phone and hours stay on screen for the rest of the call. */
    'Entry Picked': props<{ resource: ReferralResource }>(),
  },
});

/** Results of the `/api/callbacks` and `/api/resources` endpoints the call screen uses. */
export const CallCallbacksApiActions = createActionGroup({
  source: 'Call Callbacks API',
  events: {
    'Callback Scheduled': props<{ callId: string; callback: Callback }>(),
    'Callback Schedule Failed': props<{ callId: string; error: ApiError }>(),
    'Attempt Logged': props<{ callId: string; callback: Callback }>(),
    'Attempt Log Failed': props<{ callId: string; error: ApiError }>(),
    'Staff Loaded': props<{ staff: StaffMember[] }>(),
    'Staff Load Failed': props<{ error: ApiError }>(),
    'Directory Loaded': props<{
      referralType: ReferralType;
      query: string;
      items: ReferralResource[];
    }>(),
    'Directory Load Failed': props<{
      referralType: ReferralType;
      query: string;
      error: ApiError;
    }>(),
  },
});
