import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { Callback, Page, Role } from '@casebook/shared/contracts';
import {
  authFeature,
  initialAuthState,
} from '@casebook/dashboard/auth/data-access';
import { CLOCK, Notifier } from '@casebook/dashboard/shared/data-access';
import { callbacksRoutes } from '../callbacks-routes';

/** The fixed "now" of the page specs. */
export const NOW = Date.parse('2026-03-10T14:00:00.000Z');

/** The call-backs page at `/callbacks`, signed in as "Sam" (id `me`) in the given role. */
export interface CallbacksPageTest {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  /** Harnesses inside the page. */
  loader: HarnessLoader;
  /** Harnesses anywhere in the document: dialogs, select panels. */
  root: HarnessLoader;
  notifier: jasmine.SpyObj<Notifier>;
  /** Answers the one queue request outstanding; returns its query. */
  answerQueue(reply: Page<Callback>): Promise<Record<string, string | null>>;
  /** The page's text. */
  text(): string;
}

export async function openCallbacksPage(
  role: Role,
): Promise<CallbacksPageTest> {
  const notifier = jasmine.createSpyObj<Notifier>('Notifier', [
    'success',
    'error',
  ]);
  TestBed.configureTestingModule({
    imports: [MatIconTestingModule],
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideStore(
        { [authFeature.name]: authFeature.reducer },
        {
          initialState: {
            [authFeature.name]: {
              ...initialAuthState,
              status: 'signed-in' as const,
              token: 't',
              user: { id: 'me', username: 'sam', displayName: 'Sam', role },
            },
          },
        },
      ),
      provideEffects(),
      provideRouter([{ path: 'callbacks', children: callbacksRoutes }]),
      { provide: CLOCK, useValue: { now: () => NOW } },
      { provide: Notifier, useValue: notifier },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/callbacks');
  return {
    http,
    harness,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    root: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
    notifier,
    async answerQueue(reply) {
      await harness.fixture.whenStable();
      const request: TestRequest = http.expectOne(
        (r) => r.url === '/api/callbacks' && r.method === 'GET',
      );
      const query: Record<string, string | null> = {};
      for (const key of request.request.params.keys()) {
        query[key] = request.request.params.get(key);
      }
      request.flush(reply);
      await harness.fixture.whenStable();
      return query;
    },
    text: () => (harness.routeNativeElement as HTMLElement).textContent ?? '',
  };
}
