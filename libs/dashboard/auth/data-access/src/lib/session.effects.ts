import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { filter, tap } from 'rxjs';
import {
  AuthApiActions,
  HttpSessionActions,
  SessionTimerActions,
} from './auth.actions';
import { authFeature } from './auth.feature';
import { safeReturnUrl } from './return-url';
import { selectReturnUrl } from './router.selectors';
import { TokenStorage } from './token-storage';

/** Every action after which no session is left in this tab. */
const sessionEndedActions = [
  AuthApiActions.logoutSucceeded,
  AuthApiActions.logoutFailed,
  AuthApiActions.sessionRestoreFailed,
  HttpSessionActions.unauthorizedReceived,
  SessionTimerActions.expired,
] as const;

/** Keeps the token for a reload of this tab. */
export const keepToken$ = createEffect(
  (actions$ = inject(Actions), storage = inject(TokenStorage)) =>
    actions$.pipe(
      ofType(AuthApiActions.loginSucceeded),
      tap(({ response }) => storage.write(response.accessToken)),
    ),
  { functional: true, dispatch: false },
);

/** Forgets the token as soon as the session is over, however it ended. */
export const forgetToken$ = createEffect(
  (
    actions$ = inject(Actions),
    storage = inject(TokenStorage),
    store = inject(Store),
  ) =>
    actions$.pipe(
      ofType(...sessionEndedActions),
      // A stray 401 that the reducer ignored (the user was not signed in) changes nothing.
      concatLatestFrom(() => store.select(authFeature.selectToken)),
      filter(([, token]) => token === null),
      tap(() => storage.clear()),
    ),
  { functional: true, dispatch: false },
);

/** After sign-in, back to where the guard stopped the user, or home. */
export const redirectAfterLogin$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    router = inject(Router),
  ) =>
    actions$.pipe(
      ofType(AuthApiActions.loginSucceeded),
      concatLatestFrom(() => store.select(selectReturnUrl)),
      tap(
        ([, returnUrl]) => void router.navigateByUrl(safeReturnUrl(returnUrl)),
      ),
    ),
  { functional: true, dispatch: false },
);

/** A signed-out user goes to the login page, which shows why. */
export const redirectAfterLogout$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.logoutSucceeded, AuthApiActions.logoutFailed),
      tap(() => void router.navigateByUrl('/login')),
    ),
  { functional: true, dispatch: false },
);

/**
 * A session that ended under the user (idle, revoked) sends them to the login page,
 * remembering the page so that signing in again brings them back to it.
 */
export const redirectAfterSessionEnd$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(
        HttpSessionActions.unauthorizedReceived,
        SessionTimerActions.expired,
      ),
      filter(() => !router.url.startsWith('/login')),
      tap(() => {
        const returnUrl = safeReturnUrl(router.url);
        void router.navigate(
          ['/login'],
          returnUrl === '/' ? {} : { queryParams: { returnUrl } },
        );
      }),
    ),
  { functional: true, dispatch: false },
);

/** Failures that have no page of their own to show them. */
export const notifySessionFailures$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(AuthApiActions.logoutFailed, AuthApiActions.sessionExtendFailed),
      tap((action) => {
        if (action.type === AuthApiActions.logoutFailed.type) {
          notifier.error(
            `You are signed out on this computer, but the server could not be told (${action.error.message}). ` +
              'The session will end by itself when its idle time runs out.',
          );
        } else if (action.error.statusCode !== 401) {
          // A 401 already signed the user out, and the login page says why.
          notifier.error(
            `Could not keep you signed in: ${action.error.message}`,
          );
        }
      }),
    ),
  { functional: true, dispatch: false },
);
