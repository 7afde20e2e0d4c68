import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import {
  EMPTY,
  catchError,
  debounceTime,
  exhaustMap,
  filter,
  groupBy,
  map,
  mergeMap,
  of,
  switchMap,
} from 'rxjs';
import {
  CallPageActions,
  CallsApiActions,
  CaseLookupActions,
  CaseLookupApiActions,
  DeviceActions,
} from './calls.actions';
import { CaseLookupApi, lookupMode } from './case-lookup-api';
import { selectCallById } from './calls.selectors';
import { CALLS_TIMING } from './calls-timing';

/**
 * The caller lookup, ~150 ms after the last key: `phone=` for a phone-like text, `q=`
 * otherwise. A newer text cancels an older request, so the list always matches the field.
 */
export const lookupCases$ = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(CaseLookupApi),
    timing = inject(CALLS_TIMING),
  ) =>
    actions$.pipe(
      ofType(CaseLookupActions.queryChanged),
      debounceTime(timing.lookupDebounceMs),
      switchMap(({ query }) => {
        if (!query.trim()) {
          return EMPTY;
        }
        const mode = lookupMode(query);
        return api.search(query, mode).pipe(
          map((page) =>
            CaseLookupApiActions.matchesLoaded({ query, mode, page }),
          ),
          catchError((error: unknown) =>
            of(
              CaseLookupApiActions.matchesLoadFailed({
                query,
                error: toApiError(error),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** Creates a case from the lookup; a second Enter while it runs is ignored. */
export const createCase$ = createEffect(
  (actions$ = inject(Actions), api = inject(CaseLookupApi)) =>
    actions$.pipe(
      ofType(CaseLookupActions.createCaseSubmitted),
      exhaustMap(({ callId, request }) =>
        api.create(request).pipe(
          map((created) =>
            CaseLookupApiActions.caseCreated({ callId, created }),
          ),
          catchError((error: unknown) =>
            of(
              CaseLookupApiActions.caseCreateFailed({
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

/**
 * A draft reopened from the server knows only its case's number and alias, and a call
 * started from a call-back only its case id; the caller alert must show for the rest of
 * the call, so the case is read (an audited read). Once per call while a read is on its
 * way: the new call is also restored from the device as the page opens it.
 */
export const loadLinkedCase$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CaseLookupApi),
  ) =>
    actions$.pipe(
      ofType(
        CallsApiActions.callLoaded,
        DeviceActions.draftRestored,
        CallPageActions.newCallStarted,
      ),
      map((action) =>
        'record' in action
          ? action.record.id
          : 'draft' in action
            ? action.draft.id
            : action.id,
      ),
      concatLatestFrom((id) => store.select(selectCallById(id))),
      filter(
        ([, draft]) =>
          draft !== null &&
          draft.record?.status !== 'final' &&
          draft.content.caseId !== null &&
          draft.linkedCase?.partial === true,
      ),
      groupBy(([callId]) => callId),
      mergeMap((reads$) =>
        reads$.pipe(
          exhaustMap(([callId, draft]) =>
            api.get(draft?.content.caseId as string).pipe(
              map((linkedCase) =>
                CaseLookupApiActions.linkedCaseLoaded({ callId, linkedCase }),
              ),
              catchError((error: unknown) =>
                of(
                  CaseLookupApiActions.linkedCaseLoadFailed({
                    callId,
                    error: toApiError(error),
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
