import {
  createActionGroup,
  createFeature,
  createReducer,
  on,
  props,
} from '@ngrx/store';
import type { ApiError, Callback } from '@casebook/shared/contracts';
import { CallCallbacksApiActions } from './calls.actions';

/** `GET /api/callbacks?caseId=` for the call-back panel: the case's open call-backs. */
export const CaseCallbacksApiActions = createActionGroup({
  source: 'Case Callbacks API',
  events: {
    Loaded: props<{ caseId: string; items: Callback[]; total: number }>(),
    'Load Failed': props<{ caseId: string; error: ApiError }>(),
  },
});

/** The open call-backs of the case whose panel was opened last (issue 12 item 6). */
export interface CaseCallbacksState {
  caseId: string | null;
  items: Callback[] | null;
  total: number;
  error: ApiError | null;
}

const initialState: CaseCallbacksState = {
  caseId: null,
  items: null,
  total: 0,
  error: null,
};

export const caseCallbacksFeature = createFeature({
  name: 'caseCallbacks',
  reducer: createReducer(
    initialState,
    on(
      CaseCallbacksApiActions.loaded,
      (_, { caseId, items, total }): CaseCallbacksState => ({
        caseId,
        items,
        total,
        error: null,
      }),
    ),
    on(
      CaseCallbacksApiActions.loadFailed,
      (_, { caseId, error }): CaseCallbacksState => ({
        caseId,
        items: null,
        total: 0,
        error,
      }),
    ),
    // The one just scheduled counts as open at once, so a second Alt+B warns about it.
    on(
      CallCallbacksApiActions.callbackScheduled,
      (state, { callback }): CaseCallbacksState =>
        state.caseId === callback.caseId && state.items
          ? {
              ...state,
              items: [...state.items, callback].sort((a, b) =>
                a.dueAt.localeCompare(b.dueAt),
              ),
              total: state.total + 1,
            }
          : state,
    ),
  ),
});

/** What the panel knows of case `caseId`'s open call-backs: null items while unread. */
export function openCallbacksOf(
  state: CaseCallbacksState,
  caseId: string | null,
): Pick<CaseCallbacksState, 'items' | 'total' | 'error'> {
  return caseId && state.caseId === caseId
    ? { items: state.items, total: state.total, error: state.error }
    : { items: null, total: 0, error: null };
}
