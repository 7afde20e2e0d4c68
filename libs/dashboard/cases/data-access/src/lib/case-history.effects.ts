import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, filter, map, mergeMap, of, switchMap } from 'rxjs';
import {
  CaseCallsApiActions,
  CasePageActions,
  SymptomHistoryApiActions,
} from './cases.actions';
import { CasesApi } from './cases-api';
import { caseCallsFeature } from './case-calls.feature';

/** Reads the symptom history of the case whose page opened. */
export const loadSymptomHistory$ = createEffect(
  (actions$ = inject(Actions), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(CasePageActions.opened, CasePageActions.reloadClicked),
      switchMap(({ caseId }) =>
        api.symptoms(caseId).pipe(
          map((history) =>
            SymptomHistoryApiActions.historyLoaded({ caseId, history }),
          ),
          catchError((error: unknown) =>
            of(
              SymptomHistoryApiActions.historyLoadFailed({
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

/** Loads the page of the case's calls the store asks for. */
export const loadCaseCalls$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(
        CasePageActions.opened,
        CasePageActions.reloadClicked,
        CasePageActions.callsPageChanged,
      ),
      concatLatestFrom(() =>
        store.select(caseCallsFeature.selectCaseCallsState),
      ),
      filter(([, state]) => state.caseId !== null),
      switchMap(([, { caseId, pageIndex, pageSize }]) => {
        const id = caseId as string;
        return api.calls(id, pageIndex + 1, pageSize).pipe(
          map((page) => CaseCallsApiActions.callsLoaded({ caseId: id, page })),
          catchError((error: unknown) =>
            of(
              CaseCallsApiActions.callsLoadFailed({
                caseId: id,
                error: toApiError(error),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** Fetches a call's full record the first time its timeline entry is expanded. */
export const loadCall$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CasesApi)) =>
    actions$.pipe(
      ofType(CasePageActions.callExpanded),
      concatLatestFrom(() => store.select(caseCallsFeature.selectDetails)),
      filter(([{ callId }, details]) => details[callId]?.status === 'loading'),
      mergeMap(([{ callId }]) =>
        api.call(callId).pipe(
          map((call) => CaseCallsApiActions.callLoaded({ call })),
          catchError((error: unknown) =>
            of(
              CaseCallsApiActions.callLoadFailed({
                callId,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
