import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { Store, provideState, provideStore } from '@ngrx/store';
import type { CallRecord } from '@casebook/shared/contracts';
import {
  AuthApiActions,
  authFeature,
  clearStateOnSignOut,
} from '@casebook/dashboard/auth/data-access';
import {
  CALLS_TIMING,
  CALL_DRAFT_KEY_PREFIX,
} from '@casebook/dashboard/calls/data-access';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { renderEachKey } from '@casebook/dashboard/shared/ui';
import { callRoutes } from '../call-routes';

/** Short call timings, so that autosave and lookups happen within a spec. */
export const FAST = {
  autosaveDelayMs: 30,
  lookupDebounceMs: 20,
  retryBaseMs: 60_000,
  retryMaxMs: 60_000,
  requestTimeoutMs: 5000,
};

export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Removes every call draft this device keeps in localStorage. */
export function clearDeviceCopies(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    if (localStorage.key(i)?.startsWith(CALL_DRAFT_KEY_PREFIX)) {
      localStorage.removeItem(localStorage.key(i) as string);
    }
  }
}

/** What the call page's specs give as the Notifier. */
export type NotifierDouble = Pick<Notifier, 'success' | 'error'>;

/**
 * The call page behind the real router and store, signed in as Casey, with
 * the HTTP backend under the spec's control. Call {@link closeCallPage} after
 * each spec.
 */
export class CallPageHarness {
  private constructor(
    readonly router: RouterTestingHarness,
    readonly http: HttpTestingController,
    readonly callId: string,
  ) {}

  /** Sets up the TestBed, opens `url` and waits for the call's id in the URL. */
  static async open(
    url: string,
    notifier: NotifierDouble,
  ): Promise<CallPageHarness> {
    clearDeviceCopies();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'calls', children: callRoutes }],
          withComponentInputBinding(),
        ),
        provideStore(
          { router: routerReducer },
          { metaReducers: [clearStateOnSignOut] },
        ),
        provideRouterStore(),
        provideEffects(),
        provideState(authFeature),
        { provide: CALLS_TIMING, useValue: FAST },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: Notifier, useValue: notifier },
      ],
    });
    // As the signed-in shell does: what a key opens renders before the next key (ADR 33).
    TestBed.runInInjectionContext(() => renderEachKey());
    TestBed.inject(Store).dispatch(
      AuthApiActions.loginSucceeded({
        response: {
          accessToken: 't',
          expiresAt: new Date(Date.now() + 900_000).toISOString(),
          user: {
            id: 'u-casey',
            username: 'casey',
            displayName: 'Casey',
            role: 'counselor',
          },
        },
        receivedAt: Date.now(),
      }),
    );
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const router = TestBed.inject(Router);
    for (
      let waited = 0;
      !/^\/calls\/[0-9a-f-]{36}$/.test(router.url) && waited < 2000;
      waited += 10
    ) {
      await sleep(10);
    }
    const page = new CallPageHarness(harness, http, router.url.split('/')[2]);
    await page.settle();
    await page.drawDeferredSections();
    return page;
  }

  /** A new call with no caller yet, created on the server: the lookup has the focus. */
  static async openNewCall(): Promise<CallPageHarness> {
    const page = await CallPageHarness.open('/calls/new', {
      success: () => undefined,
      error: () => undefined,
    });
    page.http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(page.serverRecord(), { status: 201, statusText: 'Created' });
    await page.settle();
    await page.drawDeferredSections();
    return page;
  }

  /** The sections the page draws after its first paint (`@defer`, ADR 36), drawn now. */
  async drawDeferredSections(): Promise<void> {
    for (const block of await this.router.fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.router.fixture.whenStable();
    await sleep(0);
    await this.router.fixture.whenStable();
  }

  page(): HTMLElement {
    return this.router.routeNativeElement as HTMLElement;
  }

  /** A keydown on whatever has the focus, then the page settles. */
  async press(init: KeyboardEventInit): Promise<void> {
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', {
        bubbles: true,
        cancelable: true,
        ...init,
      }),
    );
    await this.settle();
  }

  /** This call as the server returns it: a fresh inbound draft, with `changes`. */
  serverRecord(changes: Partial<CallRecord> = {}): CallRecord {
    const now = new Date().toISOString();
    return {
      id: this.callId,
      caseId: null,
      caseNumber: null,
      caseAlias: null,
      counselorId: 'u-casey',
      counselorName: 'Casey',
      direction: 'inbound',
      callerRelation: 'self',
      status: 'draft',
      startedAt: now,
      endedAt: null,
      notes: '',
      lastUseAt: null,
      substance: null,
      coUsedSubstances: [],
      pregnant: false,
      withdrawalDangerSigns: [],
      overdose: null,
      assessments: [],
      symptoms: { symptomIds: [] },
      risk: null,
      outcome: null,
      referrals: [],
      naloxoneDiscussed: false,
      naloxoneNotDiscussedReason: null,
      overdoseEducationGiven: false,
      addenda: [],
      finalizedAt: null,
      discardedAt: null,
      discardedByName: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
      ...changes,
    };
  }
}

/**
 * The helpers the call page's specs use, each on the page `current` gives at
 * the time of the call.
 */
export function callPageHelpers(current: () => CallPageHarness) {
  return {
    serverRecord: (changes: Partial<CallRecord> = {}): CallRecord =>
      current().serverRecord(changes),
    settle: (): Promise<void> => current().settle(),
    page: (): HTMLElement => current().page(),
    press: (init: KeyboardEventInit): Promise<void> => current().press(init),
  };
}

/** Closes any dialog the spec left open and forgets the device's drafts. */
export function closeCallPage(): void {
  TestBed.inject(MatDialog).closeAll();
  clearDeviceCopies();
}
