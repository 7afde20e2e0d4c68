import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  Callback,
  CallbackQueue,
  CallbackStatus,
} from '@casebook/shared/contracts';
import {
  CallbacksApiActions,
  CallbacksPageActions,
  ScheduleDialogActions,
} from './callbacks.actions';
import type { CallbackListQuery } from './callbacks-api';

export const CALLBACK_PAGE_SIZES: readonly number[] = [25, 50, 100];

/** Where the "Schedule call-back" dialog stands. */
export type ScheduleStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** One page of one queue, in the server's order (soonest due first, overdue leading). */
export interface CallbacksState extends EntityState<Callback> {
  queue: CallbackQueue;
  status: CallbackStatus;
  pageIndex: number;
  pageSize: number;
  total: number;
  loading: boolean;
  /** True once the queue has answered: "nothing due" is not said before that. */
  loaded: boolean;
  loadError: ApiError | null;
  /** Rows with a change on its way, so their buttons do not send it twice. */
  pendingIds: string[];
  schedule: { status: ScheduleStatus; error: ApiError | null };
}

/** No sort comparer: the server's order (by due time) is the queue's order. */
export const callbacksAdapter = createEntityAdapter<Callback>();

export const initialCallbacksState: CallbacksState =
  callbacksAdapter.getInitialState({
    queue: 'mine',
    status: 'open',
    pageIndex: 0,
    pageSize: 50,
    total: 0,
    loading: false,
    loaded: false,
    loadError: null,
    pendingIds: [],
    schedule: { status: 'idle', error: null },
  });

/** A new query shows nothing of the old one: a row of "Team" must not look like "Mine". */
function requery(
  state: CallbacksState,
  changes: Partial<CallbacksState>,
): CallbacksState {
  return callbacksAdapter.removeAll({
    ...state,
    ...changes,
    total: 0,
    loading: true,
    loaded: false,
    loadError: null,
  });
}

function withoutPending(state: CallbacksState, id: string): string[] {
  return state.pendingIds.filter((pending) => pending !== id);
}

export const callbacksFeature = createFeature({
  name: 'callbacks',
  reducer: createReducer(
    initialCallbacksState,
    on(CallbacksPageActions.opened, (state, { queue }): CallbacksState =>
      requery(state, { queue, pageIndex: 0 }),
    ),
    on(CallbacksPageActions.queueChanged, (state, { queue }): CallbacksState =>
      requery(state, { queue, pageIndex: 0 }),
    ),
    on(
      CallbacksPageActions.statusChanged,
      (state, { status }): CallbacksState =>
        requery(state, { status, pageIndex: 0 }),
    ),
    on(
      CallbacksPageActions.pageChanged,
      (state, { pageIndex, pageSize }): CallbacksState =>
        requery(state, { pageIndex, pageSize }),
    ),
    on(
      CallbacksPageActions.reloadClicked,
      CallbacksApiActions.callbackUpdateStale,
      (state): CallbacksState => ({ ...state, loading: true, loadError: null }),
    ),
    on(CallbacksApiActions.queueLoaded, (state, { page }): CallbacksState =>
      callbacksAdapter.setAll(page.items, {
        ...state,
        total: page.total,
        loading: false,
        loaded: true,
        loadError: null,
      }),
    ),
    on(
      CallbacksApiActions.queueLoadFailed,
      (state, { error }): CallbacksState => ({
        ...state,
        loading: false,
        loadError: error,
      }),
    ),
    on(
      CallbacksPageActions.attemptLogged,
      CallbacksPageActions.takeClicked,
      CallbacksPageActions.reassignChosen,
      CallbacksPageActions.rescheduleChosen,
      CallbacksPageActions.cancelConfirmed,
      (state, { callback }): CallbacksState => ({
        ...state,
        pendingIds: [...withoutPending(state, callback.id), callback.id],
      }),
    ),
    // A row that left this queue (closed, cancelled, taken from the team) goes at once;
    // the reload that follows puts a rescheduled one back in its due-time place.
    on(
      CallbacksApiActions.callbackUpdated,
      (state, { callback }): CallbacksState => {
        const next = {
          ...state,
          pendingIds: withoutPending(state, callback.id),
        };
        const leftQueue =
          callback.status !== state.status ||
          (state.queue === 'team' && callback.assignedToId !== null);
        return leftQueue
          ? callbacksAdapter.removeOne(callback.id, next)
          : callbacksAdapter.setOne(callback, next);
      },
    ),
    on(
      CallbacksApiActions.callbackUpdateFailed,
      CallbacksApiActions.callbackUpdateStale,
      (state, { callbackId }): CallbacksState => ({
        ...state,
        pendingIds: withoutPending(state, callbackId),
      }),
    ),
    on(ScheduleDialogActions.opened, (state): CallbacksState => ({
      ...state,
      schedule: { status: 'idle', error: null },
    })),
    on(ScheduleDialogActions.submitted, (state): CallbacksState => ({
      ...state,
      schedule: { status: 'saving', error: null },
    })),
    on(CallbacksApiActions.callbackCreated, (state): CallbacksState => ({
      ...state,
      loading: true,
      schedule: { status: 'saved', error: null },
    })),
    on(
      CallbacksApiActions.callbackCreateFailed,
      (state, { error }): CallbacksState => ({
        ...state,
        schedule: { status: 'failed', error },
      }),
    ),
  ),
  extraSelectors: ({
    selectCallbacksState,
    selectQueue,
    selectStatus,
    selectPageIndex,
    selectPageSize,
    selectTotal,
  }) => {
    const { selectAll } = callbacksAdapter.getSelectors(selectCallbacksState);
    return {
      /** The rows on this page, in the server's order. */
      selectCallbacks: selectAll,
      /** How many rows on this page are past due (the server's judgement). */
      selectOverdueCount: createSelector(
        selectAll,
        (rows) => rows.filter((row) => row.overdue).length,
      ),
      /** The request that shows the current queue. */
      selectQuery: createSelector(
        selectQueue,
        selectStatus,
        selectPageIndex,
        selectPageSize,
        (queue, status, pageIndex, pageSize): CallbackListQuery => ({
          queue,
          status,
          page: pageIndex + 1,
          pageSize,
        }),
      ),
      selectPaging: createSelector(
        selectPageIndex,
        selectPageSize,
        selectTotal,
        (pageIndex, pageSize, total) => ({ pageIndex, pageSize, total }),
      ),
    };
  },
});
