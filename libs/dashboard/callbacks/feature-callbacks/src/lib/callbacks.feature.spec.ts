import type { ApiError } from '@casebook/shared/contracts';
import {
  CallbacksApiActions,
  CallbacksPageActions,
  ScheduleDialogActions,
} from './callbacks.actions';
import {
  callbacksFeature,
  initialCallbacksState,
  type CallbacksState,
} from './callbacks.feature';
import { callback, page } from './testing/callback-fixtures';

const reducer = callbacksFeature.reducer;
const serverOrder = [
  callback('late', { overdue: true, dueAt: '2026-03-10T09:00:00.000Z' }),
  callback('later', { overdue: true, dueAt: '2026-03-10T09:30:00.000Z' }),
  callback('soon', { dueAt: '2026-03-10T16:00:00.000Z' }),
];

function loaded(state = initialCallbacksState): CallbacksState {
  return reducer(
    reducer(state, CallbacksPageActions.opened({ queue: 'mine' })),
    CallbacksApiActions.queueLoaded({ page: page(serverOrder, 3) }),
  );
}

function select<T>(
  selector: (state: { callbacks: CallbacksState }) => T,
  state: CallbacksState,
): T {
  return selector({ callbacks: state });
}

describe('callbacks reducer and selectors', () => {
  it('keeps the order the server sent, overdue first, and counts the overdue', () => {
    const state = loaded();
    expect(
      select(callbacksFeature.selectCallbacks, state).map((row) => row.id),
    ).toEqual(['late', 'later', 'soon']);
    expect(select(callbacksFeature.selectOverdueCount, state)).toBe(2);
    expect(state.loading).toBeFalse();
    expect(state.loaded).toBeTrue();
  });

  it('switching queue drops the old rows, goes back to page 1 and asks for the new queue', () => {
    const paged = reducer(
      loaded(),
      CallbacksPageActions.pageChanged({ pageIndex: 2, pageSize: 25 }),
    );
    const state = reducer(
      paged,
      CallbacksPageActions.queueChanged({ queue: 'team' }),
    );
    expect(state.ids).toEqual([]);
    expect(state.loading).toBeTrue();
    expect(state.loaded).toBeFalse();
    expect(select(callbacksFeature.selectQuery, state)).toEqual({
      queue: 'team',
      status: 'open',
      page: 1,
      pageSize: 25,
    });
    const done = reducer(
      state,
      CallbacksPageActions.statusChanged({ status: 'done' }),
    );
    expect(select(callbacksFeature.selectQuery, done)).toEqual({
      queue: 'team',
      status: 'done',
      page: 1,
      pageSize: 25,
    });
  });

  it('removes a row that a change took out of the queue, and keeps one that stays', () => {
    let state = reducer(
      loaded(),
      CallbacksPageActions.attemptLogged({
        callback: serverOrder[0],
        result: 'reached',
        note: null,
      }),
    );
    expect(state.pendingIds).toEqual(['late']);
    state = reducer(
      state,
      CallbacksApiActions.callbackUpdated({
        callback: { ...serverOrder[0], status: 'done', version: 2 },
        change: 'attempt',
      }),
    );
    expect(state.ids).toEqual(['later', 'soon']);
    expect(state.pendingIds).toEqual([]);

    state = reducer(
      state,
      CallbacksApiActions.callbackUpdated({
        callback: { ...serverOrder[2], reason: 'Changed', version: 2 },
        change: 'reschedule',
      }),
    );
    expect(state.entities['soon']?.reason).toBe('Changed');
  });

  it('drops a call-back taken from the team queue', () => {
    const team = reducer(
      reducer(loaded(), CallbacksPageActions.queueChanged({ queue: 'team' })),
      CallbacksApiActions.queueLoaded({ page: page(serverOrder) }),
    );
    const state = reducer(
      team,
      CallbacksApiActions.callbackUpdated({
        callback: { ...serverOrder[1], assignedToId: 'me', version: 2 },
        change: 'take',
      }),
    );
    expect(state.ids).toEqual(['late', 'soon']);
  });

  it('keeps a load failure to show until the next load', () => {
    const error: ApiError = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'Only supervisors see every queue',
    };
    const failed = reducer(
      reducer(
        initialCallbacksState,
        CallbacksPageActions.queueChanged({ queue: 'all' }),
      ),
      CallbacksApiActions.queueLoadFailed({ error }),
    );
    expect(failed.loadError).toBe(error);
    expect(failed.loading).toBeFalse();
    expect(
      reducer(failed, CallbacksPageActions.reloadClicked()).loadError,
    ).toBeNull();
  });

  it('follows the schedule dialog from saving to saved or failed', () => {
    const error: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid',
      fields: [
        { field: 'reason', message: 'reason must be 1 to 500 characters' },
      ],
    };
    const saving = reducer(
      reducer(initialCallbacksState, ScheduleDialogActions.opened()),
      ScheduleDialogActions.submitted({
        request: {
          caseId: 'c',
          dueAt: '2026-03-10T15:00:00.000Z',
          reason: 'x',
        },
      }),
    );
    expect(saving.schedule).toEqual({ status: 'saving', error: null });
    expect(
      reducer(saving, CallbacksApiActions.callbackCreateFailed({ error }))
        .schedule,
    ).toEqual({
      status: 'failed',
      error,
    });
    expect(
      reducer(
        saving,
        CallbacksApiActions.callbackCreated({ callback: callback('new') }),
      ).schedule.status,
    ).toBe('saved');
  });
});
