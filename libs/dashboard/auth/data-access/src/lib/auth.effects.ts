import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { CLOCK, toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import {
  AppActions,
  AuthApiActions,
  IdleDialogActions,
  LoginPageActions,
  ShellActions,
} from './auth.actions';
import { AuthApi } from './auth-api';

/** Signs in; a second Enter while the first request runs is ignored rather than queued. */
export const login$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi), clock = inject(CLOCK)) =>
    actions$.pipe(
      ofType(LoginPageActions.submitted),
      exhaustMap(({ credentials }) =>
        api.login(credentials).pipe(
          map((response) =>
            AuthApiActions.loginSucceeded({
              response,
              receivedAt: clock.now(),
            }),
          ),
          catchError((error: unknown) =>
            of(AuthApiActions.loginFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** After a reload, asks the API whether the kept token still belongs to a live session. */
export const restoreSession$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(AppActions.started),
      filter(({ storedToken }) => storedToken !== null),
      switchMap(() =>
        api.me({ handlesUnauthorized: true }).pipe(
          map((user) => AuthApiActions.sessionRestored({ user })),
          catchError((error: unknown) =>
            of(
              AuthApiActions.sessionRestoreFailed({ error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * "Stay signed in": any authenticated request refreshes the session, and `/me` is the
 * cheapest. The new expiry arrives through the auth interceptor.
 */
export const extendSession$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(IdleDialogActions.staySignedInClicked),
      exhaustMap(() =>
        api.me().pipe(
          map((user) => AuthApiActions.sessionExtended({ user })),
          catchError((error: unknown) =>
            of(
              AuthApiActions.sessionExtendFailed({ error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Ends the session on the server; the user is signed out here whatever it answers. */
export const logout$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(ShellActions.signOutClicked, IdleDialogActions.signOutClicked),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => AuthApiActions.logoutSucceeded()),
          catchError((error: unknown) => {
            const apiError = toApiError(error);
            // 401: the session had already ended on the server, which is what we wanted.
            return of(
              apiError.statusCode === 401
                ? AuthApiActions.logoutSucceeded()
                : AuthApiActions.logoutFailed({ error: apiError }),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);
