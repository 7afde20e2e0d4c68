import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  CallRecord,
  CallSummary,
} from '@casebook/shared/contracts';
import { CaseCallsApiActions, CasePageActions } from './cases.actions';

/** A call's full record, fetched when its entry on the timeline is expanded. */
export type CallDetail =
  | { status: 'loading' }
  | { status: 'loaded'; call: CallRecord }
  | { status: 'failed'; error: ApiError };

/** Page sizes offered under the calls timeline. */
export const CASE_CALLS_PAGE_SIZES: readonly number[] = [10, 25, 50];

/** One page of the open case's calls, newest first, and the records expanded so far. */
export interface CaseCallsState extends EntityState<CallSummary> {
  caseId: string | null;
  pageIndex: number;
  pageSize: number;
  total: number;
  loading: boolean;
  loadError: ApiError | null;
  details: Readonly<Record<string, CallDetail>>;
}

export const caseCallsAdapter = createEntityAdapter<CallSummary>();

export const initialCaseCallsState: CaseCallsState =
  caseCallsAdapter.getInitialState({
    caseId: null,
    pageIndex: 0,
    pageSize: 10,
    total: 0,
    loading: false,
    loadError: null,
    details: {},
  });

export const caseCallsFeature = createFeature({
  name: 'caseCalls',
  reducer: createReducer(
    initialCaseCallsState,
    on(
      CasePageActions.opened,
      CasePageActions.reloadClicked,
      (state, { caseId }): CaseCallsState =>
        caseId === state.caseId
          ? { ...state, loading: true, loadError: null }
          : { ...initialCaseCallsState, caseId, loading: true },
    ),
    on(
      CasePageActions.callsPageChanged,
      (state, { pageIndex, pageSize }): CaseCallsState => ({
        ...state,
        pageIndex,
        pageSize,
        loading: true,
        loadError: null,
      }),
    ),
    on(
      CaseCallsApiActions.callsLoaded,
      (state, { caseId, page }): CaseCallsState =>
        caseId === state.caseId
          ? caseCallsAdapter.setAll(page.items, {
              ...state,
              total: page.total,
              loading: false,
            })
          : state,
    ),
    on(
      CaseCallsApiActions.callsLoadFailed,
      (state, { caseId, error }): CaseCallsState =>
        caseId === state.caseId
          ? { ...state, loading: false, loadError: error }
          : state,
    ),
    on(CasePageActions.callExpanded, (state, { callId }): CaseCallsState =>
      state.details[callId]?.status === 'loaded'
        ? state
        : {
            ...state,
            details: { ...state.details, [callId]: { status: 'loading' } },
          },
    ),
    on(CaseCallsApiActions.callLoaded, (state, { call }): CaseCallsState => ({
      ...state,
      details: { ...state.details, [call.id]: { status: 'loaded', call } },
    })),
    on(
      CaseCallsApiActions.callLoadFailed,
      (state, { callId, error }): CaseCallsState => ({
        ...state,
        details: { ...state.details, [callId]: { status: 'failed', error } },
      }),
    ),
  ),
  extraSelectors: ({
    selectCaseCallsState,
    selectPageIndex,
    selectPageSize,
    selectTotal,
  }) => {
    const { selectAll } = caseCallsAdapter.getSelectors(selectCaseCallsState);
    return {
      /** The calls on the current page, newest first as the server sent them. */
      selectCalls: selectAll,
      selectPaging: createSelector(
        selectPageIndex,
        selectPageSize,
        selectTotal,
        (pageIndex, pageSize, total) => ({ pageIndex, pageSize, total }),
      ),
    };
  },
});
