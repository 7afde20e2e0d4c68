import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  CallSummary,
  ReportCallsQuery,
  ReportRangeQuery,
  ReportSummary,
} from '@casebook/shared/contracts';
import type { ReportView } from '../report-query-params';
import {
  DrillDownPageActions,
  ReportsApiActions,
  ReportsPageActions,
} from './reports.actions';

export const DRILL_PAGE_SIZES: readonly number[] = [25, 50, 100];

/**
 * One report (the summary of the range in the URL) and one drill-down (a page of the
 * calls behind a bar), which keeps its calls in an entity collection in the server's order.
 */
export interface ReportsState extends EntityState<CallSummary> {
  view: ReportView | null;
  summary: ReportSummary | null;
  /** The range `summary` answers; going back from a drill-down does not read it again. */
  summaryFor: ReportRangeQuery | null;
  loading: boolean;
  loadError: ApiError | null;
  drill: ReportCallsQuery | null;
  drillTotal: number;
  drillLoading: boolean;
  drillLoaded: boolean;
  drillError: ApiError | null;
  exporting: boolean;
}

export const drillCallsAdapter = createEntityAdapter<CallSummary>();

export const initialReportsState: ReportsState =
  drillCallsAdapter.getInitialState({
    view: null,
    summary: null,
    summaryFor: null,
    loading: false,
    loadError: null,
    drill: null,
    drillTotal: 0,
    drillLoading: false,
    drillLoaded: false,
    drillError: null,
    exporting: false,
  });

/** True when two queries name the same days in the same zone. */
export function sameRange(
  a: ReportRangeQuery | null,
  b: ReportRangeQuery | null,
): boolean {
  return !!a && !!b && a.from === b.from && a.to === b.to && a.tz === b.tz;
}

/** True when the summary in the store already answers this range. */
export function hasSummaryFor(
  state: ReportsState,
  range: ReportRangeQuery,
): boolean {
  return (
    state.summary !== null &&
    state.loadError === null &&
    sameRange(state.summaryFor, range)
  );
}

export const reportsFeature = createFeature({
  name: 'reports',
  reducer: createReducer(
    initialReportsState,
    on(ReportsPageActions.viewChanged, (state, { view }): ReportsState =>
      hasSummaryFor(state, view)
        ? { ...state, view }
        : // A new range shows nothing of the old one: its numbers would read as this one's.
          {
            ...state,
            view,
            summary: null,
            summaryFor: null,
            loading: true,
            loadError: null,
          },
    ),
    on(ReportsPageActions.retryClicked, (state): ReportsState => ({
      ...state,
      loading: true,
      loadError: null,
    })),
    on(
      ReportsApiActions.summaryLoaded,
      (state, { query, summary }): ReportsState => ({
        ...state,
        summary,
        summaryFor: query,
        loading: false,
        loadError: null,
      }),
    ),
    on(
      ReportsApiActions.summaryLoadFailed,
      (state, { error }): ReportsState => ({
        ...state,
        loading: false,
        loadError: error,
      }),
    ),
    on(ReportsPageActions.exportClicked, (state): ReportsState => ({
      ...state,
      exporting: true,
    })),
    on(
      ReportsApiActions.exportSaved,
      ReportsApiActions.exportFailed,
      (state): ReportsState => ({ ...state, exporting: false }),
    ),
    on(DrillDownPageActions.queryChanged, (state, { query }): ReportsState =>
      drillCallsAdapter.removeAll({
        ...state,
        drill: query,
        drillTotal: 0,
        drillLoading: true,
        drillLoaded: false,
        drillError: null,
      }),
    ),
    on(DrillDownPageActions.retryClicked, (state): ReportsState => ({
      ...state,
      drillLoading: true,
      drillError: null,
    })),
    on(ReportsApiActions.callsLoaded, (state, { page }): ReportsState =>
      drillCallsAdapter.setAll(page.items, {
        ...state,
        drillTotal: page.total,
        drillLoading: false,
        drillLoaded: true,
        drillError: null,
      }),
    ),
    on(ReportsApiActions.callsLoadFailed, (state, { error }): ReportsState => ({
      ...state,
      drillLoading: false,
      drillError: error,
    })),
  ),
  extraSelectors: ({
    selectReportsState,
    selectSummary,
    selectDrill,
    selectDrillTotal,
  }) => {
    const { selectAll } = drillCallsAdapter.getSelectors(selectReportsState);
    return {
      /** The drill-down's calls on this page, in the server's order. */
      selectDrillCalls: selectAll,
      /** True when the range has no finalized calls at all: the page says so, no charts. */
      selectIsEmpty: createSelector(
        selectSummary,
        (summary) => summary?.totals.calls === 0,
      ),
      selectDrillPaging: createSelector(
        selectDrill,
        selectDrillTotal,
        (drill, total) => ({
          pageIndex: (drill?.page ?? 1) - 1,
          pageSize: drill?.pageSize ?? DRILL_PAGE_SIZES[0],
          total,
        }),
      ),
      /** The counselor a drill-down by counselor is for, when the summary names them. */
      selectDrillCounselorName: createSelector(
        selectSummary,
        selectDrill,
        (summary, drill) =>
          drill?.counselorId
            ? (summary?.counselors.find(
                (row) => row.counselorId === drill.counselorId,
              )?.counselorName ?? null)
            : null,
      ),
    };
  },
});
