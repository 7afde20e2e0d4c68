import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  CallSummary,
  Page,
  ReportCallsQuery,
  ReportRangeQuery,
  ReportSummary,
} from '@casebook/shared/contracts';
import type { ReportView } from '../report-query-params';

/** What the supervisor does on the report. */
export const ReportsPageActions = createActionGroup({
  source: 'Reports Page',
  events: {
    /** The URL now names this range (opened, a preset chosen, the back button). */
    'View Changed': props<{ view: ReportView }>(),
    'Retry Clicked': emptyProps(),
    'Export Clicked': emptyProps(),
  },
});

/** The list of calls behind one bar or cell. */
export const DrillDownPageActions = createActionGroup({
  source: 'Report Drill-down Page',
  events: {
    'Query Changed': props<{ query: ReportCallsQuery }>(),
    'Retry Clicked': emptyProps(),
  },
});

/** Results of `/api/reports`. */
export const ReportsApiActions = createActionGroup({
  source: 'Reports API',
  events: {
    'Summary Loaded': props<{
      query: ReportRangeQuery;
      summary: ReportSummary;
    }>(),
    'Summary Load Failed': props<{ error: ApiError }>(),
    'Calls Loaded': props<{ page: Page<CallSummary> }>(),
    'Calls Load Failed': props<{ error: ApiError }>(),
    'Export Saved': props<{ filename: string }>(),
    'Export Failed': props<{ error: ApiError }>(),
  },
});
