import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
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
import type { CallRecord, CaseSummary } from '@casebook/shared/contracts';
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
import { callRoutes } from './call-routes';

const FAST = {
  autosaveDelayMs: 30,
  lookupDebounceMs: 20,
  retryBaseMs: 60_000,
  retryMaxMs: 60_000,
  requestTimeoutMs: 5000,
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function clearDeviceCopies(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    if (localStorage.key(i)?.startsWith(CALL_DRAFT_KEY_PREFIX)) {
      localStorage.removeItem(localStorage.key(i) as string);
    }
  }
}

const sam: CaseSummary = {
  id: 'case-1',
  caseNumber: 'C-1042',
  alias: 'Sam R.',
  phone: '+12015550123',
  status: 'open',
  alert: 'Prefers Spanish',
  primarySubstance: 'fentanyl',
  lastUseAt: new Date(Date.now() - 36 * 3_600_000).toISOString(),
  lastCallAt: new Date(Date.now() - 72 * 3_600_000).toISOString(),
  latestSeverity: {
    instrument: 'sows',
    total: 14,
    severity: 'moderate',
    recordedAt: new Date().toISOString(),
  },
};

describe('CallPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let callId: string;

  function serverRecord(changes: Partial<CallRecord> = {}): CallRecord {
    const now = new Date().toISOString();
    return {
      id: callId,
      caseId: null,
      caseNumber: null,
      caseAlias: null,
      counselorId: 'u-casey',
      counselorName: 'Casey',
      direction: 'inbound',
      status: 'draft',
      startedAt: now,
      endedAt: null,
      notes: '',
      lastUseAt: null,
      assessments: [],
      symptoms: { symptomIds: [] },
      risk: null,
      outcome: null,
      referrals: [],
      naloxoneDiscussed: false,
      overdoseEducationGiven: false,
      addenda: [],
      finalizedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
      ...changes,
    };
  }

  beforeEach(async () => {
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
        {
          provide: Notifier,
          useValue: { success: () => undefined, error: () => undefined },
        },
      ],
    });
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
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/calls/new');
    const router = TestBed.inject(Router);
    for (
      let waited = 0;
      !/^\/calls\/[0-9a-f-]{36}$/.test(router.url) && waited < 2000;
      waited += 10
    ) {
      await sleep(10);
    }
    callId = router.url.split('/')[2];
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    clearDeviceCopies();
  });

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await sleep(0);
    await harness.fixture.whenStable();
  }

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function text(selector: string): string {
    return (page().querySelector(selector)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  async function press(init: KeyboardEventInit): Promise<void> {
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', {
        bubbles: true,
        cancelable: true,
        ...init,
      }),
    );
    await settle();
  }

  function created(): void {
    const create = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(create.request.body.id).toBe(callId);
    create.flush(serverRecord(), { status: 201, statusText: 'Created' });
  }

  it('starts a call at once: a client id in the URL, inbound, a running timer, focus in the one lookup field', async () => {
    const create = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(create.request.body.direction).toBe('inbound');
    expect(
      localStorage.getItem(`${CALL_DRAFT_KEY_PREFIX}u-casey.${callId}`),
    ).not.toBeNull();
    expect(text('cb-call-timer')).toMatch(/^0:0\d$/);
    expect(document.activeElement?.getAttribute('role')).toBe('combobox');
    create.flush(serverRecord(), { status: 201, statusText: 'Created' });
    await settle();
    expect(text('cb-save-status .text')).toBe('Saved');
  });

  it('looks a caller up by phone, picks with the keyboard and keeps the alert in the sticky header', async () => {
    created();
    const field = document.activeElement as HTMLInputElement;
    field.value = '(201) 555-0123';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(FAST.lookupDebounceMs + 20);
    const search = http.expectOne((request) => request.url === '/api/cases');
    expect(search.request.params.get('phone')).toBe('(201) 555-0123');
    search.flush({ items: [sam], total: 1, page: 1, pageSize: 8 });
    await settle();
    expect(text('[role="option"]')).toContain('Caller alert: Prefers Spanish');
    expect(text('[role="option"] cb-severity-badge')).toContain('Moderate');

    await press({ key: 'ArrowDown' });
    await press({ key: 'Enter' });
    expect(text('.call-header .case-alert')).toContain('Prefers Spanish');
    expect(text('.call-header h1')).toContain('Sam R. (C-1042)');
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${callId}`,
    });
    expect(patch.request.body.caseId).toBe('case-1');
  });

  it('takes SOWS by keyboard (Alt+S, then digits) with the live total and band in the header', async () => {
    created();
    await press({ code: 'KeyS', key: 's', altKey: true });
    expect(
      document.activeElement?.closest('cb-instrument-entry'),
    ).not.toBeNull();
    for (let i = 0; i < 5; i++) {
      await press({ key: '1' });
    }
    expect(text('.call-header cb-score-summary')).toBe(
      'SOWS 5 of 16 answered, no total yet',
    );
    for (let i = 0; i < 11; i++) {
      await press({ key: '1' });
    }
    expect(text('.call-header cb-score-summary')).toContain('SOWS 16');
    expect(text('.call-header cb-score-summary')).toContain('Moderate');
    expect(text('.source-note')).toContain('CTN-0051');
  });

  it('never loses a digit typed faster than the screen redraws', async () => {
    created();
    await press({ code: 'KeyS', key: 's', altKey: true });
    // Sixteen key presses in one go, with no redraw in between.
    for (let i = 0; i < 16; i++) {
      (document.activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', {
          key: '2',
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await settle();
    expect(text('.call-header cb-score-summary')).toContain('SOWS 32');
  });

  it('shows the imminent-risk steps the moment the risk screen reaches high risk', async () => {
    created();
    await press({ code: 'KeyR', key: 'r', altKey: true });
    expect(page().querySelector('cb-imminent-risk-panel')).toBeNull();
    for (const answer of ['y', 'y', 'y']) {
      await press({ key: answer });
      await sleep(0);
    }
    expect(page().querySelector('cb-imminent-risk-panel')).toBeNull();
    await press({ key: 'y' });
    const alert = page().querySelector('cb-imminent-risk-panel [role="alert"]');
    expect(alert?.textContent).toContain('Stay engaged with the caller');
    expect(alert?.textContent).toContain('Tell the supervisor now');
    expect(text('.call-header .risk-chip')).toBe('Risk: High risk');
  });

  it('opens the shortcuts on "?" but not while typing notes, and finalizes with Ctrl+Enter after listing what is missing', async () => {
    created();
    const notes = page().querySelector('textarea') as HTMLTextAreaElement;
    notes.focus();
    await press({ key: '?' });
    expect(TestBed.inject(MatDialog).openDialogs.length).toBe(0);

    notes.blur();
    document.body.focus();
    await press({ key: '?' });
    expect(
      document.querySelector('cb-shortcuts-dialog')?.textContent,
    ).toContain('Alt+S');
    TestBed.inject(MatDialog).closeAll();
    await settle();
    await sleep(50);

    await press({ key: 'Enter', ctrlKey: true });
    const dialog = document.querySelector('cb-finalize-dialog') as HTMLElement;
    expect(dialog.textContent).toContain(
      'The risk screen (C-SSRS) was not answered.',
    );
    expect(dialog.textContent).toContain('No case is linked');
    Array.from(dialog.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Finalize call'))
      ?.click();
    await sleep(50);
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/calls/${callId}/finalize` })
      .flush(
        serverRecord({
          status: 'final',
          finalizedAt: new Date().toISOString(),
          endedAt: new Date().toISOString(),
        }),
      );
    await settle();
    expect(text('h1')).toContain('Final');
    expect(page().querySelector('cb-addendum-form')).not.toBeNull();
    expect(
      localStorage.getItem(`${CALL_DRAFT_KEY_PREFIX}u-casey.${callId}`),
    ).toBeNull();
  });
});
