import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { IDLE_WARNING_SECONDS } from '@casebook/shared/domain';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import {
  EMPTY,
  catchError,
  distinctUntilChanged,
  exhaustMap,
  map,
  merge,
  of,
  switchMap,
  timer,
} from 'rxjs';
import { AuthApi } from './auth-api';
import { SessionTimerActions } from './auth.actions';
import { authFeature } from './auth.feature';

/**
 * Runs from the latest expiry the API sent: `IDLE_WARNING_SECONDS` before it asks the
 * server (`checkBeforeWarning$`), then warns unless the server extended the session, and
 * signs out locally when it passes. Every new expiry (any authenticated reply) restarts
 * it; signing out (no expiry) stops it. Timers may fire late in a background tab, never
 * early, and a late sign-out is still right because the server has ended the session.
 */
export const idleTimer$ = createEffect(
  (store = inject(Store), clock = inject(CLOCK)) =>
    store.select(authFeature.selectExpiresAt).pipe(
      distinctUntilChanged(),
      switchMap((expiresAt) => {
        if (!expiresAt) {
          return EMPTY;
        }
        const msLeft = Date.parse(expiresAt) - clock.now();
        return merge(
          timer(Math.max(0, msLeft - IDLE_WARNING_SECONDS * 1000)).pipe(
            map(() => SessionTimerActions.checkDue()),
          ),
          timer(Math.max(0, msLeft)).pipe(
            map(() => SessionTimerActions.expired()),
          ),
        );
      }),
    ),
  { functional: true },
);

/**
 * Before the "Are you still there?" dialog: a counselor listening on an open call is not
 * idle, and the server, which knows the call, decides (ADR 23). Its new expiry reaches
 * the store through the auth interceptor and restarts the timer; the server's own word
 * (`onCall`), not a comparison of times across two clocks, says whether to warn.
 */
export const checkBeforeWarning$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(SessionTimerActions.checkDue),
      concatLatestFrom(() => store.select(authFeature.selectOpenCallId)),
      exhaustMap(([, openCallId]) =>
        api.sessionCheck(openCallId).pipe(
          map(({ onCall }) =>
            onCall
              ? SessionTimerActions.extendedByServer()
              : SessionTimerActions.warningDue(),
          ),
          catchError(() => of(SessionTimerActions.warningDue())),
        ),
      ),
    ),
  { functional: true },
);
