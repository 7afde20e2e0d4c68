import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import {
  DrillDownPageActions,
  ReportsApiActions,
  ReportsPageActions,
} from './reports.actions';
import { ReportsApi } from './reports-api';
import { reportsFeature } from './reports.feature';
import { SAVE_FILE } from './save-file';

/**
 * Reads the summary of the range shown. A newer range cancels a request still running;
 * coming back to a range already read (from a drill-down) does not read it again.
 */
export const loadSummary$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(ReportsApi),
  ) =>
    actions$.pipe(
      ofType(ReportsPageActions.viewChanged, ReportsPageActions.retryClicked),
      withLatestFrom(store.select(reportsFeature.selectReportsState)),
      // The reducer has run: a view it kept the summary for is not loading.
      map(([, state]) => (state.loading ? state.view : null)),
      filter((view) => view !== null),
      switchMap(({ from, to, tz }) => {
        const query = { from, to, tz };
        return api.summary(query).pipe(
          map((summary) => ReportsApiActions.summaryLoaded({ query, summary })),
          catchError((error: unknown) =>
            of(
              ReportsApiActions.summaryLoadFailed({ error: toApiError(error) }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** Reads the page of calls the drill-down's URL asks for. */
export const loadDrillCalls$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(ReportsApi),
  ) =>
    actions$.pipe(
      ofType(
        DrillDownPageActions.queryChanged,
        DrillDownPageActions.retryClicked,
      ),
      withLatestFrom(store.select(reportsFeature.selectDrill)),
      map(([, query]) => query),
      filter((query) => query !== null),
      switchMap((query) =>
        api.calls(query).pipe(
          map((page) => ReportsApiActions.callsLoaded({ page })),
          catchError((error: unknown) =>
            of(ReportsApiActions.callsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Downloads the range's CSV and saves it; a second click while one runs is ignored. */
export const exportCsv$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(ReportsApi),
    saveFile = inject(SAVE_FILE),
  ) =>
    actions$.pipe(
      ofType(ReportsPageActions.exportClicked),
      withLatestFrom(store.select(reportsFeature.selectView)),
      exhaustMap(([, view]) =>
        view === null
          ? of(
              ReportsApiActions.exportFailed({
                error: {
                  statusCode: 0,
                  error: 'Client Error',
                  message: 'Choose a range first.',
                },
              }),
            )
          : api.exportCsv({ from: view.from, to: view.to, tz: view.tz }).pipe(
              tap(({ blob, filename }) => saveFile(blob, filename)),
              map(({ filename }) =>
                ReportsApiActions.exportSaved({ filename }),
              ),
              catchError((error: unknown) =>
                of(
                  ReportsApiActions.exportFailed({ error: toApiError(error) }),
                ),
              ),
            ),
      ),
    ),
  { functional: true },
);

/** The export ends in a message either way. */
export const notifyExport$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ReportsApiActions.exportSaved, ReportsApiActions.exportFailed),
      tap((action) =>
        action.type === ReportsApiActions.exportSaved.type
          ? notifier.success(
              `Exported ${action.filename}. It holds Part 2 records: store it securely.`,
            )
          : notifier.error(`The export failed. ${action.error.message}`),
      ),
    ),
  { functional: true, dispatch: false },
);
