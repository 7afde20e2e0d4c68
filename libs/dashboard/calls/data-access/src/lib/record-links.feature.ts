import {
  createActionGroup,
  createFeature,
  createReducer,
  on,
  props,
} from '@ngrx/store';
import type {
  ApiError,
  Callback,
  ReferralResource,
} from '@casebook/shared/contracts';
import { CallsApiActions } from './calls.actions';

/** What a finalized record links to beyond itself: the directory entries and the call-back. */
export const RecordLinksApiActions = createActionGroup({
  source: 'Record Links API',
  events: {
    Loaded: props<{
      callId: string;
      callbacks: Callback[];
      resources: ReferralResource[];
    }>(),
    'Load Failed': props<{ callId: string; error: ApiError }>(),
  },
});

/** The directory entries referred to and the call-backs set, for the finalized call on screen. */
export interface RecordLinksState {
  callId: string | null;
  callbacks: Callback[] | null;
  resources: ReferralResource[];
  error: ApiError | null;
}

const initialState: RecordLinksState = {
  callId: null,
  callbacks: null,
  resources: [],
  error: null,
};

export const recordLinksFeature = createFeature({
  name: 'recordLinks',
  reducer: createReducer(
    initialState,
    on(
      CallsApiActions.callLoaded,
      CallsApiActions.callFinalized,
      (state, { record }): RecordLinksState =>
        record.status === 'final' && state.callId !== record.id
          ? { ...initialState, callId: record.id }
          : state,
    ),
    on(
      RecordLinksApiActions.loaded,
      (state, { callId, callbacks, resources }): RecordLinksState =>
        state.callId === callId
          ? { callId, callbacks, resources, error: null }
          : state,
    ),
    on(
      RecordLinksApiActions.loadFailed,
      (state, { callId, error }): RecordLinksState =>
        state.callId === callId ? { ...state, error } : state,
    ),
  ),
});
