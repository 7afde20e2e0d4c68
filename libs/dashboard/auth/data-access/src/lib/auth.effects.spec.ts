import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import {
  AppActions,
  AuthApiActions,
  IdleDialogActions,
  LoginPageActions,
  ShellActions,
} from './auth.actions';
import { AuthApi } from './auth-api';
import {
  extendSession$,
  login$,
  logout$,
  restoreSession$,
} from './auth.effects';
import { T0, counselor, loginResponse } from './testing/fixtures';

function failure(status: number, message: string): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        statusText: 'x',
        error: { statusCode: status, error: 'x', message },
      }),
  );
}

describe('auth effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<AuthApi>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['login', 'logout', 'me']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: AuthApi, useValue: api },
        { provide: CLOCK, useValue: { now: () => T0 } },
      ],
    });
  });

  /** Runs a functional effect in the test injector and collects what it emits for the given actions. */
  function run(
    effect: () => Observable<Action>,
    ...actions: Action[]
  ): Promise<Action[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  describe('login$', () => {
    const submitted = LoginPageActions.submitted({
      credentials: { username: 'sam', password: 'correct horse' },
    });

    it('signs in with the credentials and stamps the reply time', async () => {
      api.login.and.returnValue(of(loginResponse));
      expect(await run(login$, submitted)).toEqual([
        AuthApiActions.loginSucceeded({
          response: loginResponse,
          receivedAt: T0,
        }),
      ]);
      expect(api.login).toHaveBeenCalledOnceWith({
        username: 'sam',
        password: 'correct horse',
      });
    });

    it('turns a 401 into a failure carrying the API message', async () => {
      api.login.and.returnValue(failure(401, 'Invalid username or password'));
      const [action] = await run(login$, submitted);
      expect(action).toEqual(
        AuthApiActions.loginFailed({
          error: {
            statusCode: 401,
            error: 'x',
            message: 'Invalid username or password',
          },
        }),
      );
    });

    it('keeps the 429 message for the login page', async () => {
      api.login.and.returnValue(
        failure(429, 'Too many attempts. Try again in 15 minutes.'),
      );
      const [action] = await run(login$, submitted);
      expect(action.type).toBe(AuthApiActions.loginFailed.type);
      expect(
        (action as ReturnType<typeof AuthApiActions.loginFailed>).error.message,
      ).toBe('Too many attempts. Try again in 15 minutes.');
    });
  });

  describe('restoreSession$', () => {
    it('asks /me about a kept token, handling its 401 itself', async () => {
      api.me.and.returnValue(of(counselor));
      expect(
        await run(restoreSession$, AppActions.started({ storedToken: 'kept' })),
      ).toEqual([AuthApiActions.sessionRestored({ user: counselor })]);
      expect(api.me).toHaveBeenCalledOnceWith({ handlesUnauthorized: true });
    });

    it('reports a refused token', async () => {
      api.me.and.returnValue(failure(401, 'Session expired'));
      const [action] = await run(
        restoreSession$,
        AppActions.started({ storedToken: 'kept' }),
      );
      expect(action.type).toBe(AuthApiActions.sessionRestoreFailed.type);
    });

    it('does nothing without a kept token', async () => {
      expect(
        await run(restoreSession$, AppActions.started({ storedToken: null })),
      ).toEqual([]);
      expect(api.me).not.toHaveBeenCalled();
    });
  });

  describe('extendSession$', () => {
    it('calls /me so the server refreshes the session', async () => {
      api.me.and.returnValue(of(counselor));
      expect(
        await run(extendSession$, IdleDialogActions.staySignedInClicked()),
      ).toEqual([AuthApiActions.sessionExtended({ user: counselor })]);
      expect(api.me).toHaveBeenCalledOnceWith();
    });

    it('reports a failure rather than swallowing it', async () => {
      api.me.and.returnValue(failure(0, 'ignored'));
      const [action] = await run(
        extendSession$,
        IdleDialogActions.staySignedInClicked(),
      );
      expect(action.type).toBe(AuthApiActions.sessionExtendFailed.type);
    });
  });

  describe('logout$', () => {
    it('logs out from the toolbar and from the idle dialog', async () => {
      api.logout.and.returnValue(of(undefined));
      expect(await run(logout$, ShellActions.signOutClicked())).toEqual([
        AuthApiActions.logoutSucceeded(),
      ]);
      expect(api.logout).toHaveBeenCalledTimes(1);
    });

    it('counts a 401 as done: the session had already ended', async () => {
      api.logout.and.returnValue(failure(401, 'Unauthorized'));
      expect(await run(logout$, IdleDialogActions.signOutClicked())).toEqual([
        AuthApiActions.logoutSucceeded(),
      ]);
    });

    it('reports any other failure', async () => {
      api.logout.and.returnValue(failure(500, 'Boom'));
      const [action] = await run(logout$, ShellActions.signOutClicked());
      expect(action).toEqual(
        AuthApiActions.logoutFailed({
          error: { statusCode: 500, error: 'x', message: 'Boom' },
        }),
      );
    });
  });
});
