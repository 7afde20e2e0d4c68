import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import type {
  ApiError,
  Callback,
  CallSummary,
  CaseSummary,
  ReferralResource,
  ReferralType,
  StaffMember,
} from '@casebook/shared/contracts';
import type { LookupMode } from './case-lookup-api';
import { entityFromStored, isEditable, withLoadedRecord } from './draft-entity';
import type { CallDraft, StoredCallDraft } from './draft-model';

/** The caller lookup: what was typed and what matched. */
export interface LookupState {
  query: string;
  mode: LookupMode | null;
  results: CaseSummary[];
  total: number;
  loading: boolean;
  error: ApiError | null;
}

/** Server drafts of the signed-in counselor, one page. */
export interface DraftListState {
  items: CallSummary[];
  total: number;
  pageIndex: number;
  pageSize: number;
  loading: boolean;
  error: ApiError | null;
  /**
   * Drafts discarded from this device: a page of drafts read before the discard reached
   * the server still lists them, and must not bring them back (ADR 32).
   */
  discardedIds: readonly string[];
}

/** The call-back panel of one call: open or not, its request, and the call-back it made. */
export interface CallbackScheduleState {
  /** The call whose panel is open, or whose call-back was just scheduled. */
  callId: string | null;
  open: boolean;
  status: 'idle' | 'saving' | 'failed';
  error: ApiError | null;
  /** The call-back scheduled from this call, for the confirmation line. */
  scheduled: Callback | null;
}

/** The staff list, read when the call-back panel first opens: null until it arrives. */
export interface CallStaffState {
  items: StaffMember[] | null;
  error: ApiError | null;
}

/** The referral directory search: one autocomplete at a time. */
export interface DirectoryState {
  referralType: ReferralType | null;
  query: string;
  results: ReferralResource[];
  loading: boolean;
  error: ApiError | null;
  /** Entries chosen during this session, by id, so their phone and hours can be shown. */
  picked: Record<string, ReferralResource>;
}

/** Calls open on this device (entities), the lookup, case creation, and the drafts page. */
export interface CallsState extends EntityState<CallDraft> {
  /** The call the page asked for while it is being read. */
  opening: { id: string | null; loading: boolean; error: ApiError | null };
  lookup: LookupState;
  caseCreate: { status: 'idle' | 'saving' | 'failed'; error: ApiError | null };
  draftList: DraftListState;
  /** Why the device copy could not be written, while it cannot. */
  deviceError: string | null;
  callbackSchedule: CallbackScheduleState;
  staff: CallStaffState;
  directory: DirectoryState;
}

export const callsAdapter = createEntityAdapter<CallDraft>({
  sortComparer: (a, b) =>
    b.content.startedAt.localeCompare(a.content.startedAt),
});

export const initialLookup: LookupState = {
  query: '',
  mode: null,
  results: [],
  total: 0,
  loading: false,
  error: null,
};

export const initialCallsState: CallsState = callsAdapter.getInitialState({
  opening: { id: null, loading: false, error: null },
  lookup: initialLookup,
  caseCreate: { status: 'idle', error: null },
  draftList: {
    items: [],
    total: 0,
    pageIndex: 0,
    pageSize: 25,
    loading: false,
    error: null,
    discardedIds: [],
  },
  deviceError: null,
  callbackSchedule: initialCallbackSchedule(),
  staff: { items: null, error: null },
  directory: {
    referralType: null,
    query: '',
    results: [],
    loading: false,
    error: null,
    picked: {},
  },
});

/** No panel open, nothing scheduled. */
export function initialCallbackSchedule(): CallbackScheduleState {
  return {
    callId: null,
    open: false,
    status: 'idle',
    error: null,
    scheduled: null,
  };
}

/** Applies `change` to draft `id` when it exists. */
export function update(
  state: CallsState,
  id: string,
  change: (draft: CallDraft) => CallDraft,
): CallsState {
  const draft = state.entities[id];
  return draft ? callsAdapter.setOne(change(draft), state) : state;
}

/** Applies a local edit, unless the call can no longer be edited. */
export function edit(
  state: CallsState,
  id: string,
  change: (draft: CallDraft) => CallDraft,
): CallsState {
  return update(state, id, (draft) =>
    isEditable(draft) ? change(draft) : draft,
  );
}

/** A device copy replaces what is in memory only when it is further along. */
export function restore(
  state: CallsState,
  stored: StoredCallDraft,
): CallsState {
  const existing = state.entities[stored.id];
  if (existing && existing.revision >= stored.revision) {
    return state;
  }
  const restored = entityFromStored(stored, existing?.addendumText ?? '');
  // A record already read keeps its numbers; the restored content is what gets saved next.
  return callsAdapter.setOne(
    existing?.record ? withLoadedRecord(restored, existing.record) : restored,
    state,
  );
}
