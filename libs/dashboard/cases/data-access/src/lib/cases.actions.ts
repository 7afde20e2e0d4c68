import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  CallRecord,
  CallSummary,
  CaseRecord,
  CaseSummary,
  Page,
  SymptomHistory,
  UpdateCaseRequest,
} from '@casebook/shared/contracts';
import type { CaseListSearch } from './case-list-search';

/** What the counselor does on the case list. */
export const CaseListPageActions = createActionGroup({
  source: 'Case List Page',
  events: {
    /** The URL's search (text, status, page) changed: on open, typing, filter, paging, back. */
    'Search Changed': props<{ search: CaseListSearch }>(),
  },
});

/** What the counselor does on one case's page. */
export const CasePageActions = createActionGroup({
  source: 'Case Page',
  events: {
    Opened: props<{ caseId: string }>(),
    'Reload Clicked': props<{ caseId: string }>(),
    'Edit Started': emptyProps(),
    'Edit Cancelled': emptyProps(),
    /** `changes` carries the `version` of the case the edit builds on. */
    'Save Submitted': props<{ caseId: string; changes: UpdateCaseRequest }>(),
    /** After a 409: drop the edit and keep the case as the other person left it. */
    'Use Theirs Chosen': emptyProps(),
    /** After a 409: send the same changes again on top of the version now stored. */
    'Reapply Mine Chosen': props<{
      caseId: string;
      changes: UpdateCaseRequest;
    }>(),
    'Calls Page Changed': props<{ pageIndex: number; pageSize: number }>(),
    'Call Expanded': props<{ callId: string }>(),
  },
});

/** Results of `/api/cases`. */
export const CasesApiActions = createActionGroup({
  source: 'Cases API',
  events: {
    'Search Succeeded': props<{ page: Page<CaseSummary> }>(),
    'Search Failed': props<{ error: ApiError }>(),
    'Case Loaded': props<{ record: CaseRecord }>(),
    'Case Load Failed': props<{ caseId: string; error: ApiError }>(),
    'Case Saved': props<{ record: CaseRecord }>(),
    'Case Save Failed': props<{ error: ApiError }>(),
    /** 409: someone saved the case since it was read; `current` is how it stands now. */
    'Case Save Stale': props<{
      current: CaseRecord;
      attempted: UpdateCaseRequest;
      message: string;
    }>(),
  },
});

/** Results of `/api/cases/:id/symptoms`. */
export const SymptomHistoryApiActions = createActionGroup({
  source: 'Symptom History API',
  events: {
    'History Loaded': props<{ caseId: string; history: SymptomHistory }>(),
    'History Load Failed': props<{ caseId: string; error: ApiError }>(),
  },
});

/** Results of `/api/calls?caseId=` and `/api/calls/:id`. */
export const CaseCallsApiActions = createActionGroup({
  source: 'Case Calls API',
  events: {
    'Calls Loaded': props<{ caseId: string; page: Page<CallSummary> }>(),
    'Calls Load Failed': props<{ caseId: string; error: ApiError }>(),
    'Call Loaded': props<{ call: CallRecord }>(),
    'Call Load Failed': props<{ callId: string; error: ApiError }>(),
  },
});
