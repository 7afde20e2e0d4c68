import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CaseSummary } from '@casebook/shared/contracts';
import { CALL_DRAFT_KEY_PREFIX } from '@casebook/dashboard/calls/data-access';
import {
  CallPageHarness,
  callPageHelpers,
  FAST,
  closeCallPage,
  sleep,
} from './testing/call-page-harness';

const sam: CaseSummary = {
  id: 'case-1',
  caseNumber: 'C-1042',
  alias: 'Sam R.',
  phone: '+12015550123',
  status: 'open',
  alert: 'Prefers Spanish',
  primarySubstance: 'fentanyl',
  coUsedSubstances: [],
  pregnant: false,
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
  let call: CallPageHarness;
  let http: HttpTestingController;
  let callId: string;

  const { serverRecord, settle, page, press } = callPageHelpers(() => call);

  beforeEach(async () => {
    call = await CallPageHarness.open('/calls/new', {
      success: () => undefined,
      error: () => undefined,
    });
    http = call.http;
    callId = call.callId;
  });

  afterEach(() => closeCallPage());

  function text(selector: string): string {
    return (page().querySelector(selector)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
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
    // The lookup is gone: the focus moves to the next question, not to the page body.
    await settle();
    expect(document.activeElement?.closest('cb-last-use-entry'))
      .withContext('focus after the pick')
      .not.toBeNull();
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
