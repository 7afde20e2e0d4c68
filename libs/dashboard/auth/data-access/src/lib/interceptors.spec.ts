import {
  HttpClient,
  HttpContext,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { HttpSessionActions } from './auth.actions';
import { authInterceptor } from './auth-interceptor';
import { initialAuthState } from './auth.feature';
import { errorInterceptor } from './error-interceptor';
import { HANDLES_UNAUTHORIZED, SKIP_AUTH } from './http-context';
import { T0, at, signedInState } from './testing/fixtures';

describe('auth and error interceptors', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(
          withInterceptors([authInterceptor, errorInterceptor]),
        ),
        provideHttpClientTesting(),
        provideMockStore({ initialState: { auth: signedInState } }),
        { provide: CLOCK, useValue: { now: () => T0 } },
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
  });

  afterEach(() => httpTesting.verify());

  it('adds the bearer token and reports the new expiry from the reply', async () => {
    const reply = firstValueFrom(http.get('/api/auth/me'));
    const request = httpTesting.expectOne('/api/auth/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush({}, { headers: { [SESSION_EXPIRES_HEADER]: at(15) } });
    await reply;
    expect(dispatch).toHaveBeenCalledOnceWith(
      HttpSessionActions.expiryReceived({ expiresAt: at(15), receivedAt: T0 }),
    );
  });

  it('sends no token with SKIP_AUTH, to another origin, or when signed out', async () => {
    const skipped = firstValueFrom(
      http.post(
        '/api/auth/login',
        {},
        { context: new HttpContext().set(SKIP_AUTH, true) },
      ),
    );
    const foreign = firstValueFrom(http.get('https://elsewhere.example/api/x'));
    httpTesting.expectOne('/api/auth/login').flush({});
    httpTesting.expectOne('https://elsewhere.example/api/x').flush({});
    await Promise.all([skipped, foreign]);

    store.setState({ auth: initialAuthState });
    const anonymous = firstValueFrom(http.get('/api/health'));
    const request = httpTesting.expectOne('/api/health');
    expect(request.request.headers.has('Authorization')).toBeFalse();
    request.flush({});
    await anonymous;
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('signs out on a 401 to an authenticated request, and still fails the request', async () => {
    const reply = firstValueFrom(http.get('/api/users'));
    httpTesting
      .expectOne('/api/users')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Session ended' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expectAsync(reply).toBeRejected();
    expect(dispatch).toHaveBeenCalledOnceWith(
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 }),
    );
  });

  it('leaves a 401 alone when the caller handles it, or when no token was sent', async () => {
    const handled = firstValueFrom(
      http.post('/api/auth/logout', null, {
        context: new HttpContext().set(HANDLES_UNAUTHORIZED, true),
      }),
    );
    httpTesting
      .expectOne('/api/auth/logout')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(handled).toBeRejected();

    const login = firstValueFrom(
      http.post(
        '/api/auth/login',
        {},
        { context: new HttpContext().set(SKIP_AUTH, true) },
      ),
    );
    httpTesting
      .expectOne('/api/auth/login')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(login).toBeRejected();

    expect(dispatch).not.toHaveBeenCalled();
  });

  it('does not treat other failures as a lost session', async () => {
    const reply = firstValueFrom(http.get('/api/users'));
    httpTesting
      .expectOne('/api/users')
      .flush(null, { status: 403, statusText: 'Forbidden' });
    await expectAsync(reply).toBeRejected();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
