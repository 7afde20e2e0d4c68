import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, filter, map, of, switchMap } from 'rxjs';
import { CallCallbacksApi } from './call-callbacks-api';
import { CaseCallbacksApiActions } from './case-callbacks.feature';
import { CallbackSchedulerActions } from './calls.actions';
import { selectCallById } from './calls.selectors';

/**
 * Opening the call-back panel of a call with a linked case reads that case's open
 * call-backs, so the panel can warn before another is scheduled (issue 12 item 6).
 */
export const loadCaseCallbacks$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CallCallbacksApi),
  ) =>
    actions$.pipe(
      ofType(CallbackSchedulerActions.opened),
      concatLatestFrom(({ callId }) => store.select(selectCallById(callId))),
      map(([, draft]) =>
        draft?.caseChoice === 'linked' ? draft.content.caseId : null,
      ),
      filter((caseId): caseId is string => !!caseId),
      switchMap((caseId) =>
        api.listForCase(caseId).pipe(
          map((page) =>
            CaseCallbacksApiActions.loaded({
              caseId,
              items: page.items,
              total: page.total,
            }),
          ),
          catchError((error: unknown) =>
            of(
              CaseCallbacksApiActions.loadFailed({
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
