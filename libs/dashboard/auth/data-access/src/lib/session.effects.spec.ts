import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { Observable, ReplaySubject, firstValueFrom, toArray } from 'rxjs';
import {
  AuthApiActions,
  HttpSessionActions,
  SessionTimerActions,
} from './auth.actions';
import { authFeature } from './auth.feature';
import { selectReturnUrl } from './router.selectors';
import {
  forgetToken$,
  keepToken$,
  notifySessionFailures$,
  redirectAfterLogin$,
  redirectAfterLogout$,
  redirectAfterSessionEnd$,
} from './session.effects';
import { TokenStorage } from './token-storage';
import { T0, loginResponse } from './testing/fixtures';

describe('session effects', () => {
  let actions$: ReplaySubject<Action>;
  let store: MockStore;
  let router: Router;
  let storage: jasmine.SpyObj<TokenStorage>;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    storage = jasmine.createSpyObj<TokenStorage>('TokenStorage', [
      'read',
      'write',
      'clear',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: TokenStorage, useValue: storage },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    spyOn(router, 'navigate').and.resolveTo(true);
  });

  // Overridden selectors are module-level objects: leave none behind for other specs.
  afterEach(() => store.resetSelectors());

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('keeps the token of a new session for a reload', async () => {
    await run(
      keepToken$,
      AuthApiActions.loginSucceeded({
        response: loginResponse,
        receivedAt: T0,
      }),
    );
    expect(storage.write).toHaveBeenCalledOnceWith('token-1');
  });

  it('forgets the token when a 401 ended the session', async () => {
    store.overrideSelector(authFeature.selectToken, null);
    await run(
      forgetToken$,
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 }),
    );
    expect(storage.clear).toHaveBeenCalledTimes(1);
  });

  it('keeps the token when the reducer ignored a stray 401', async () => {
    store.overrideSelector(authFeature.selectToken, 'still-valid');
    await run(
      forgetToken$,
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 }),
    );
    expect(storage.clear).not.toHaveBeenCalled();
  });

  it('returns to the page the guard stopped at after sign-in', async () => {
    store.overrideSelector(selectReturnUrl, '/users?page=2');
    await run(
      redirectAfterLogin$,
      AuthApiActions.loginSucceeded({
        response: loginResponse,
        receivedAt: T0,
      }),
    );
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/users?page=2');
  });

  it('goes home instead of following a return URL off the site', async () => {
    store.overrideSelector(selectReturnUrl, '//evil.example/phish');
    await run(
      redirectAfterLogin$,
      AuthApiActions.loginSucceeded({
        response: loginResponse,
        receivedAt: T0,
      }),
    );
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/');
  });

  it('shows the login page after a sign-out', async () => {
    await run(redirectAfterLogout$, AuthApiActions.logoutSucceeded());
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/login');
  });

  it('sends a user whose session ended (401 or idle timer) to /login, remembering the page', async () => {
    spyOnProperty(router, 'url').and.returnValue('/users');
    await run(
      redirectAfterSessionEnd$,
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 }),
      SessionTimerActions.expired(),
    );
    expect(router.navigate).toHaveBeenCalledTimes(2);
    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/users' },
    });
  });

  it('tells the user when the server did not hear the logout', async () => {
    await run(
      notifySessionFailures$,
      AuthApiActions.logoutFailed({
        error: { statusCode: 0, error: 'x', message: 'No reply' },
      }),
    );
    expect(notifier.error).toHaveBeenCalledTimes(1);
    expect(notifier.error.calls.mostRecent().args[0]).toContain('No reply');
  });

  it('reports a failed "stay signed in", except a 401 which the login page explains', async () => {
    await run(
      notifySessionFailures$,
      AuthApiActions.sessionExtendFailed({
        error: { statusCode: 503, error: 'x', message: 'Down' },
      }),
      AuthApiActions.sessionExtendFailed({
        error: { statusCode: 401, error: 'x', message: 'Gone' },
      }),
    );
    expect(notifier.error).toHaveBeenCalledOnceWith(
      'Could not keep you signed in: Down',
    );
  });
});
