import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideStore, Store, type Action } from '@ngrx/store';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import { API_BASE_URL, CLOCK } from '@casebook/dashboard/shared/data-access';
import { Subject } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { OpenCallActions, SessionTimerActions } from './auth.actions';
import { authFeature } from './auth.feature';
import { checkBeforeWarning$ } from './idle-timer.effects';
import { T0, at, signedInState } from './testing/fixtures';

/** The check before the idle warning, through the real auth interceptor and store. */
describe('checkBeforeWarning$', () => {
  let actions$: Subject<Action>;
  let http: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideStore(
          { [authFeature.name]: authFeature.reducer },
          {
            initialState: {
              [authFeature.name]: { ...signedInState, expiresAt: at(15) },
            },
          },
        ),
        provideMockActions(() => actions$),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: '/api' },
        { provide: CLOCK, useValue: { now: () => T0 + 14 * 60_000 } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    emitted = [];
    TestBed.runInInjectionContext(checkBeforeWarning$).subscribe((action) =>
      emitted.push(action),
    );
  });

  afterEach(() => http.verify());

  function answer(expiresAt: string, onCall: boolean): void {
    actions$.next(SessionTimerActions.checkDue());
    const request = http.expectOne((r) => r.url === '/api/auth/session');
    expect(request.request.params.get('callId')).toBe(onCall ? 'call-1' : null);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush(
      { expiresAt, onCall },
      {
        headers: {
          [SESSION_EXPIRES_HEADER]: expiresAt,
          Date: new Date(T0 + 14 * 60_000).toUTCString(),
        },
      },
    );
  }

  it('names the call on screen, and stays quiet when the server kept the session for it', () => {
    TestBed.inject(Store).dispatch(
      OpenCallActions.callOnScreen({ callId: 'call-1' }),
    );
    answer(at(29), true);
    expect(emitted).toEqual([SessionTimerActions.extendedByServer()]);
    // The new expiry, on this browser's clock (to the second of the Date header), restarts the timer.
    const expiresAt =
      TestBed.inject(Store).selectSignal(authFeature.selectExpiresAt)() ?? '';
    expect(
      Math.abs(Date.parse(expiresAt) - Date.parse(at(29))),
    ).toBeLessThanOrEqual(1000);
  });

  it('warns when the server kept the same expiry', () => {
    answer(at(15), false);
    expect(emitted).toEqual([SessionTimerActions.warningDue()]);
  });

  it('warns when the check fails', () => {
    actions$.next(SessionTimerActions.checkDue());
    http
      .expectOne((r) => r.url === '/api/auth/session')
      .flush(null, { status: 0, statusText: 'Network error' });
    expect(emitted).toEqual([SessionTimerActions.warningDue()]);
  });
});
