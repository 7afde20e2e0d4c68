import { on, type ActionCreator, type ReducerTypes } from '@ngrx/store';
import {
  CallbackSchedulerActions,
  CallCallbacksApiActions,
  ReferralDirectoryActions,
} from './calls.actions';
import { initialCallbackSchedule, type CallsState } from './calls.state';

/** The call-back panel (with its staff list) and the referral directory of the call screen. */
export const callbackAndDirectoryOns: ReducerTypes<
  CallsState,
  readonly ActionCreator[]
>[] = [
  on(CallbackSchedulerActions.opened, (state, { callId }): CallsState => ({
    ...state,
    callbackSchedule: {
      ...initialCallbackSchedule(),
      // The confirmation of an earlier call-back from this call stays until the next one.
      scheduled:
        state.callbackSchedule.callId === callId
          ? state.callbackSchedule.scheduled
          : null,
      callId,
      open: true,
    },
  })),
  on(CallbackSchedulerActions.closed, (state): CallsState => ({
    ...state,
    callbackSchedule: {
      ...state.callbackSchedule,
      open: false,
      status: 'idle',
      error: null,
    },
  })),
  on(CallbackSchedulerActions.submitted, (state, { callId }): CallsState => ({
    ...state,
    callbackSchedule: {
      ...state.callbackSchedule,
      callId,
      status: 'saving',
      error: null,
    },
  })),
  on(
    CallCallbacksApiActions.callbackScheduled,
    (state, { callId, callback }): CallsState => ({
      ...state,
      callbackSchedule: {
        callId,
        open: false,
        status: 'idle',
        error: null,
        scheduled: callback,
      },
    }),
  ),
  on(
    CallCallbacksApiActions.callbackScheduleFailed,
    (state, { callId, error }): CallsState =>
      state.callbackSchedule.callId === callId
        ? {
            ...state,
            callbackSchedule: {
              ...state.callbackSchedule,
              status: 'failed',
              error,
            },
          }
        : state,
  ),
  on(CallCallbacksApiActions.staffLoaded, (state, { staff }): CallsState => ({
    ...state,
    staff: { items: staff, error: null },
  })),
  on(
    CallCallbacksApiActions.staffLoadFailed,
    (state, { error }): CallsState => ({
      ...state,
      staff: { items: null, error },
    }),
  ),
  on(
    ReferralDirectoryActions.queryChanged,
    (state, { referralType, query }): CallsState => ({
      ...state,
      directory: {
        ...state.directory,
        referralType,
        query,
        // A new referral type never shows the last type's entries.
        results:
          state.directory.referralType === referralType
            ? state.directory.results
            : [],
        loading: true,
        error: null,
      },
    }),
  ),
  on(
    CallCallbacksApiActions.directoryLoaded,
    (state, { referralType, query, items }): CallsState =>
      state.directory.referralType === referralType &&
      state.directory.query === query
        ? {
            ...state,
            directory: {
              ...state.directory,
              results: items,
              loading: false,
              error: null,
            },
          }
        : state,
  ),
  on(
    CallCallbacksApiActions.directoryLoadFailed,
    (state, { referralType, query, error }): CallsState =>
      state.directory.referralType === referralType &&
      state.directory.query === query
        ? {
            ...state,
            directory: { ...state.directory, loading: false, error },
          }
        : state,
  ),
  on(
    ReferralDirectoryActions.entryPicked,
    (state, { resource }): CallsState => ({
      ...state,
      directory: {
        ...state.directory,
        picked: { ...state.directory.picked, [resource.id]: resource },
      },
    }),
  ),
];
