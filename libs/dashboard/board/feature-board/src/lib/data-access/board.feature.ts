import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { BoardAlert, BoardSnapshot } from '@casebook/shared/contracts';
import { BoardPageActions, BoardStreamActions } from './board.actions';

/** Where the live stream stands, as the page shows it. */
export type BoardConnection =
  'off' | 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface BoardState {
  /** The latest board the server pushed; null until the first one arrives. */
  snapshot: BoardSnapshot | null;
  connection: BoardConnection;
  /** The wait before the next attempt, while reconnecting. */
  retryInMs: number | null;
  /** Why the stream is down (reconnecting or refused). */
  error: string | null;
  /** High-risk alerts already on the board when the page opened; null before the first snapshot. */
  arrivalAlertIds: readonly string[] | null;
  /** Alerts that appeared after the page opened, oldest first: highlighted. */
  newAlertIds: readonly string[];
  /** The alerts the latest snapshot with new ones brought: announced once. */
  latestArrivals: readonly BoardAlert[];
}

export const initialBoardState: BoardState = {
  snapshot: null,
  connection: 'off',
  retryInMs: null,
  error: null,
  arrivalAlertIds: null,
  newAlertIds: [],
  latestArrivals: [],
};

/** Tells the alerts of a snapshot apart from those the page has already accounted for. */
function withSnapshot(state: BoardState, snapshot: BoardSnapshot): BoardState {
  const base: BoardState = {
    ...state,
    snapshot,
    connection: 'live',
    retryInMs: null,
    error: null,
  };
  if (state.arrivalAlertIds === null) {
    return {
      ...base,
      arrivalAlertIds: snapshot.highRisk.map((alert) => alert.callId),
    };
  }
  const known = new Set([...state.arrivalAlertIds, ...state.newAlertIds]);
  const arrivals = snapshot.highRisk.filter(
    (alert) => !known.has(alert.callId),
  );
  return arrivals.length === 0
    ? base
    : {
        ...base,
        newAlertIds: [
          ...state.newAlertIds,
          ...arrivals.map((alert) => alert.callId),
        ],
        latestArrivals: arrivals,
      };
}

export const boardFeature = createFeature({
  name: 'board',
  reducer: createReducer(
    initialBoardState,
    on(BoardPageActions.opened, (): BoardState => ({
      ...initialBoardState,
      connection: 'connecting',
    })),
    on(BoardPageActions.closed, (): BoardState => initialBoardState),
    on(BoardStreamActions.connected, (state): BoardState =>
      state.connection === 'off'
        ? state
        : { ...state, connection: 'live', retryInMs: null, error: null },
    ),
    on(
      BoardStreamActions.snapshotReceived,
      (state, { snapshot }): BoardState =>
        state.connection === 'off' ? state : withSnapshot(state, snapshot),
    ),
    on(
      BoardStreamActions.disconnected,
      (state, { retryInMs, message }): BoardState =>
        state.connection === 'off'
          ? state
          : { ...state, connection: 'reconnecting', retryInMs, error: message },
    ),
    on(BoardStreamActions.refused, (state, { message }): BoardState =>
      state.connection === 'off'
        ? state
        : { ...state, connection: 'refused', retryInMs: null, error: message },
    ),
  ),
  extraSelectors: ({ selectSnapshot, selectNewAlertIds }) => ({
    selectInProgress: createSelector(
      selectSnapshot,
      (snapshot) => snapshot?.inProgress ?? [],
    ),
    selectHighRisk: createSelector(
      selectSnapshot,
      (snapshot) => snapshot?.highRisk ?? [],
    ),
    selectUnfinishedDrafts: createSelector(
      selectSnapshot,
      (snapshot) => snapshot?.unfinishedDrafts ?? [],
    ),
    selectOverdueCallbacks: createSelector(
      selectSnapshot,
      (snapshot) => snapshot?.overdueCallbacks ?? [],
    ),
    /** Alerts that arrived while the page was open, for highlighting. */
    selectNewAlertIdSet: createSelector(
      selectNewAlertIds,
      (ids): ReadonlySet<string> => new Set(ids),
    ),
  }),
});
