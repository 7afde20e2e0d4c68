import { boardAlert, snapshot } from '../testing/board-fixtures';
import { BoardPageActions, BoardStreamActions } from './board.actions';
import {
  boardFeature,
  initialBoardState,
  type BoardState,
} from './board.feature';

const { reducer } = boardFeature;

function opened(): BoardState {
  return reducer(initialBoardState, BoardPageActions.opened());
}

describe('boardFeature reducer', () => {
  it('keeps the alerts of the first snapshot as already seen, none of them new', () => {
    const state = reducer(
      opened(),
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({ highRisk: [boardAlert('a1'), boardAlert('a2')] }),
      }),
    );
    expect(state.connection).toBe('live');
    expect(state.arrivalAlertIds).toEqual(['a1', 'a2']);
    expect(state.newAlertIds).toEqual([]);
    expect(state.latestArrivals).toEqual([]);
  });

  it('marks alerts that appear in a later snapshot as new, and only once', () => {
    let state = reducer(
      opened(),
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({ highRisk: [boardAlert('a1')] }),
      }),
    );
    state = reducer(
      state,
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({ highRisk: [boardAlert('a2'), boardAlert('a1')] }),
      }),
    );
    expect(state.newAlertIds).toEqual(['a2']);
    expect(state.latestArrivals.map((alert) => alert.callId)).toEqual(['a2']);

    state = reducer(
      state,
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({
          at: 'later',
          highRisk: [boardAlert('a2', { status: 'final' }), boardAlert('a1')],
        }),
      }),
    );
    expect(state.newAlertIds).toEqual(['a2']);
    expect(state.latestArrivals.map((alert) => alert.callId)).toEqual(['a2']);
    expect(
      boardFeature.selectNewAlertIdSet.projector(state.newAlertIds).has('a2'),
    ).toBeTrue();
  });

  it('counts an alert that arrived during a reconnection as new', () => {
    let state = reducer(
      opened(),
      BoardStreamActions.snapshotReceived({ snapshot: snapshot() }),
    );
    state = reducer(
      state,
      BoardStreamActions.disconnected({ retryInMs: 2000, message: 'dropped' }),
    );
    expect(state.connection).toBe('reconnecting');
    expect(state.retryInMs).toBe(2000);
    state = reducer(
      state,
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({ highRisk: [boardAlert('a9')] }),
      }),
    );
    expect(state.connection).toBe('live');
    expect(state.newAlertIds).toEqual(['a9']);
  });

  it('forgets everything when the page closes, and ignores a late snapshot after that', () => {
    let state = reducer(
      opened(),
      BoardStreamActions.snapshotReceived({
        snapshot: snapshot({ highRisk: [boardAlert('a1')] }),
      }),
    );
    state = reducer(state, BoardPageActions.closed());
    expect(state).toEqual(initialBoardState);
    state = reducer(
      state,
      BoardStreamActions.snapshotReceived({ snapshot: snapshot() }),
    );
    expect(state).toEqual(initialBoardState);
  });
});
