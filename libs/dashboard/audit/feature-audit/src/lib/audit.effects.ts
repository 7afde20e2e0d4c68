import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { CasesApi } from '@casebook/dashboard/cases/data-access';
import { StaffApi, toApiError } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  exhaustMap,
  map,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { AuditApi } from './audit-api';
import { auditFeature } from './audit.feature';
import { filterToQueryParams } from './audit-filter';

/** Reads the page the filter describes; a newer filter cancels a request still running. */
export const loadEvents$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuditApi)) =>
    actions$.pipe(
      ofType(AuditPageActions.filterChanged, AuditPageActions.retryClicked),
      withLatestFrom(store.select(auditFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query).pipe(
          map((page) => AuditApiActions.eventsLoaded({ page })),
          catchError((error: unknown) =>
            of(AuditApiActions.eventsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Reads the staff list once per visit, for the user filter and the names in rows. */
export const loadStaff$ = createEffect(
  (actions$ = inject(Actions), staffApi = inject(StaffApi)) =>
    actions$.pipe(
      ofType(AuditPageActions.opened),
      exhaustMap(() =>
        staffApi.list().pipe(
          map((staff) => AuditApiActions.staffLoaded({ staff })),
          catchError((error: unknown) =>
            of(AuditApiActions.staffLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Turns a case number into the case id the trail is filtered by. The search matches
 * aliases too, so only the case whose number is exactly the one typed counts; closed
 * cases are searched as well (their trail matters as much).
 */
export const findCase$ = createEffect(
  (actions$ = inject(Actions), cases = inject(CasesApi)) =>
    actions$.pipe(
      ofType(AuditPageActions.caseNumberSubmitted),
      switchMap(({ caseNumber, filter }) =>
        cases.search({ q: caseNumber, page: 1, pageSize: 20 }).pipe(
          map((page) => {
            const found = page.items.find(
              (item) =>
                item.caseNumber.toUpperCase() === caseNumber.toUpperCase(),
            );
            return found
              ? AuditApiActions.caseFound({
                  caseId: found.id,
                  caseNumber: found.caseNumber,
                  filter,
                })
              : AuditApiActions.caseNotFound({ caseNumber });
          }),
          catchError((error: unknown) =>
            of(AuditApiActions.caseLookupFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A case found: the trail's URL now names it, which loads its events. */
export const showFoundCase$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuditApiActions.caseFound),
      tap(({ caseId, filter }) => {
        void router.navigate(['/audit'], {
          queryParams: filterToQueryParams({ ...filter, caseId, pageIndex: 0 }),
        });
      }),
    ),
  { functional: true, dispatch: false },
);
