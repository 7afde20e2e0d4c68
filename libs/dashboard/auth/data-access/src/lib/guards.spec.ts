import { TestBed } from '@angular/core/testing';
import {
  Router,
  UrlTree,
  provideRouter,
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type RouterStateSnapshot,
} from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom } from 'rxjs';
import { initialAuthState, type AuthState } from './auth.feature';
import { authGuard, roleGuard, signedOutGuard } from './guards';
import { counselor, signedInState } from './testing/fixtures';

describe('route guards', () => {
  let store: MockStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { auth: initialAuthState } }),
      ],
    });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
  });

  function check(
    guard: CanActivateFn,
    url: string,
  ): Promise<boolean | UrlTree> {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Observable<boolean | UrlTree>;
    return firstValueFrom(result);
  }

  function setAuth(auth: AuthState): void {
    store.setState({ auth });
  }

  it('sends a signed-out user to /login with the page to come back to', async () => {
    const result = await check(authGuard, '/users?page=2');
    expect(router.serializeUrl(result as UrlTree)).toBe(
      '/login?returnUrl=%2Fusers%3Fpage%3D2',
    );
  });

  it('waits for a kept session to be checked instead of bouncing to /login', async () => {
    setAuth({ ...initialAuthState, token: 'kept', status: 'restoring' });
    const pending = check(authGuard, '/');
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBeFalse();
    setAuth(signedInState);
    expect(await pending).toBeTrue();
  });

  it('lets only the listed roles through and sends others home', async () => {
    setAuth(signedInState);
    const counselorResult = await check(roleGuard(['admin']), '/users');
    expect(router.serializeUrl(counselorResult as UrlTree)).toBe('/');

    setAuth({ ...signedInState, user: { ...counselor, role: 'admin' } });
    expect(await check(roleGuard(['admin']), '/users')).toBeTrue();
  });

  it('keeps signed-in users off the login page', async () => {
    expect(await check(signedOutGuard, '/login')).toBeTrue();
    setAuth(signedInState);
    expect(
      router.serializeUrl((await check(signedOutGuard, '/login')) as UrlTree),
    ).toBe('/');
  });
});
