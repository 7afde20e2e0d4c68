import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { Store, provideStore } from '@ngrx/store';
import type { LoginResponse } from '@casebook/shared/contracts';
import {
  AuthApiActions,
  SessionTimerActions,
  authInterceptor,
  errorInterceptor,
  provideAuth,
} from '@casebook/dashboard/auth/data-access';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Blank {}

const response: LoginResponse = {
  accessToken: 'token-1',
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: {
    id: 'u-1',
    username: 'sam',
    displayName: 'Sam Rivera',
    role: 'counselor',
  },
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let loader: HarnessLoader;
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'login', component: Blank },
          { path: '**', component: Blank },
        ]),
        provideHttpClient(
          withInterceptors([authInterceptor, errorInterceptor]),
        ),
        provideHttpClientTesting(),
        provideStore({ router: routerReducer }),
        provideEffects(),
        provideRouterStore(),
        provideAuth(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/login?returnUrl=%2Fusers');
    fixture = TestBed.createComponent(LoginPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  async function fillAndSubmit(
    username: string,
    password: string,
  ): Promise<void> {
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[autocomplete="username"]' }),
      )
    ).setValue(username);
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[type="password"]' }),
      )
    ).setValue(password);
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))
    ).click();
  }

  function alertText(): string {
    return (
      (fixture.nativeElement as HTMLElement)
        .querySelector('[role="alert"]')
        ?.textContent?.trim() ?? ''
    );
  }

  function failLogin(status: number, message: string): void {
    httpTesting
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: status, error: 'Error', message },
        { status, statusText: 'Error' },
      );
  }

  it('starts in the username field, under the product name', () => {
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Casebook');
    expect(element.textContent).toContain('Helpline case dashboard');
    expect(element.textContent).toContain('42 CFR Part 2');
    expect(document.activeElement?.getAttribute('autocomplete')).toBe(
      'username',
    );
  });

  it('submits the credentials, keeps the token and returns to the page asked for', async () => {
    await fillAndSubmit('sam ', 'correct horse battery');
    const request = httpTesting.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      username: 'sam',
      password: 'correct horse battery',
    });
    expect(request.request.headers.has('Authorization')).toBeFalse();

    const button = await loader.getHarness(
      MatButtonHarness.with({ text: /Signing in/ }),
    );
    expect(await button.isDisabled()).toBeTrue();

    request.flush(response);
    await fixture.whenStable();
    expect(router.url).toBe('/users');
    expect(sessionStorage.getItem('casebook.accessToken')).toBe('token-1');
  });

  it('shows the 401 message in the alert region and clears the password', async () => {
    await fillAndSubmit('sam', 'wrong password!');
    failLogin(401, 'Invalid username or password');
    await fixture.whenStable();
    expect(alertText()).toBe('Invalid username or password');
    const password = await loader.getHarness(
      MatInputHarness.with({ selector: '[type="password"]' }),
    );
    expect(await password.getValue()).toBe('');
    expect(
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))
      ).isDisabled(),
    ).toBeFalse();
  });

  it('shows the 429 message the API sends', async () => {
    await fillAndSubmit('sam', 'wrong password!');
    failLogin(429, 'Too many failed sign-ins. Try again in 15 minutes.');
    await fixture.whenStable();
    expect(alertText()).toBe(
      'Too many failed sign-ins. Try again in 15 minutes.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))
    ).click();
    httpTesting.expectNone('/api/auth/login');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Enter your username.',
    );
  });

  it('says why the user was signed out after an idle timeout, with the real minute count', async () => {
    const store = TestBed.inject(Store);
    const receivedAt = Date.now();
    store.dispatch(
      AuthApiActions.loginSucceeded({
        response: {
          ...response,
          expiresAt: new Date(receivedAt + 20 * 60_000).toISOString(),
        },
        receivedAt,
      }),
    );
    store.dispatch(SessionTimerActions.expired());
    await fixture.whenStable();
    const status = (fixture.nativeElement as HTMLElement).querySelector(
      '[role="status"]',
    );
    expect(status?.textContent?.trim()).toBe(
      'You were signed out after 20 minutes without activity.',
    );
  });
});
