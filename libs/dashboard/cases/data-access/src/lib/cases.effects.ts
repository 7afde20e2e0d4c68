import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, concatMap, map, of, switchMap, tap } from 'rxjs';
import {
  CaseListPageActions,
  CasePageActions,
  CasesApiActions,
} from './cases.actions';
import { CasesApi } from './cases-api';
import { toCaseSearchQuery } from './case-list-search';
import { readStaleCaseError } from './stale-case';

/** Runs the list's search; a newer search (typing, paging) cancels one still running. */
export const searchCases$ = createEffect(
  (actions$ = inject(Actions), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(CaseListPageActions.searchChanged),
      switchMap(({ search }) =>
        api.search(toCaseSearchQuery(search)).pipe(
          map((page) => CasesApiActions.searchSucceeded({ page })),
          catchError((error: unknown) =>
            of(CasesApiActions.searchFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Reads the case whose page opened (the server audits the read). */
export const loadCase$ = createEffect(
  (actions$ = inject(Actions), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(CasePageActions.opened, CasePageActions.reloadClicked),
      switchMap(({ caseId }) =>
        api.get(caseId).pipe(
          map((record) => CasesApiActions.caseLoaded({ record })),
          catchError((error: unknown) =>
            of(
              CasesApiActions.caseLoadFailed({
                caseId,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Saves the case. Saves run one after another, in the order made. A 409 carrying the
 * case as it now stands becomes a conflict for the counselor to settle; it is never
 * retried on their behalf, since that would overwrite what a colleague just saved.
 */
export const updateCase$ = createEffect(
  (actions$ = inject(Actions), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(CasePageActions.saveSubmitted, CasePageActions.reapplyMineChosen),
      concatMap(({ caseId, changes }) =>
        api.update(caseId, changes).pipe(
          map((record) => CasesApiActions.caseSaved({ record })),
          catchError((error: unknown) => {
            const stale = readStaleCaseError(error);
            return of(
              stale
                ? CasesApiActions.caseSaveStale({
                    current: stale.current,
                    attempted: changes,
                    message: stale.message,
                  })
                : CasesApiActions.caseSaveFailed({ error: toApiError(error) }),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

/** A saved case is confirmed in a snack bar; failures are shown on the page, where they are fixed. */
export const notifyCaseSaved$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(CasesApiActions.caseSaved),
      tap(({ record }) => notifier.success(`Saved case ${record.caseNumber}.`)),
    ),
  { functional: true, dispatch: false },
);
