import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CALL_DRAFT_KEY_PREFIX } from '@casebook/dashboard/calls/data-access';
import {
  CallPageHarness,
  callPageHelpers,
  closeCallPage,
  sleep,
} from './testing/call-page-harness';

/** ADR 32 on the call screen and My drafts: "Discard draft", and an empty draft left behind. */
describe('discarding drafts in the dashboard', () => {
  let call: CallPageHarness;
  let http: HttpTestingController;
  let callId: string;
  let success: jasmine.Spy;

  const { serverRecord, settle, page, press } = callPageHelpers(() => call);
  const discardUrl = () => `/api/calls/${callId}/discard`;
  const deviceCopy = () =>
    localStorage.getItem(`${CALL_DRAFT_KEY_PREFIX}u-casey.${callId}`);

  beforeEach(async () => {
    success = jasmine.createSpy('success');
    call = await CallPageHarness.open('/calls/new', {
      success,
      error: () => undefined,
    });
    http = call.http;
    callId = call.callId;
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(serverRecord(), { status: 201, statusText: 'Created' });
    await settle();
  });

  afterEach(() => closeCallPage());

  /** Leaves the call screen for My drafts, answering the list it asks for. */
  async function goToMyDrafts(): Promise<void> {
    await TestBed.inject(Router).navigateByUrl('/calls/drafts');
    await settle();
    for (const list of http.match(
      (request) => request.url === '/api/calls' && request.method === 'GET',
    )) {
      list.flush({ items: [], total: 0, page: 1, pageSize: 25 });
    }
    await settle();
  }

  it('discards an untouched call when the counselor leaves it, asking the server to check it is empty', async () => {
    await goToMyDrafts();
    const discard = http.expectOne({ method: 'POST', url: discardUrl() });
    expect(discard.request.body).toEqual({ onlyIfEmpty: true });
    discard.flush(serverRecord({ status: 'discarded' }));
    await settle();
    expect(deviceCopy()).toBeNull();
    expect(success).not.toHaveBeenCalled();
  });

  it('never discards a call with a note when it is left, even one not yet saved', async () => {
    const notes = page().querySelector('textarea') as HTMLTextAreaElement;
    notes.value = 'Caller hung up after a minute';
    notes.dispatchEvent(new Event('input'));
    await goToMyDrafts();
    http.expectNone({ method: 'POST', url: discardUrl() });
    for (const save of http.match({
      method: 'PATCH',
      url: `/api/calls/${callId}`,
    })) {
      save.flush(serverRecord({ notes: 'Caller hung up after a minute' }));
    }
    expect(deviceCopy()).not.toBeNull();
  });

  it('discards from the call screen by keyboard only after "Discard draft" is confirmed, then opens My drafts', async () => {
    const button = page().querySelector(
      'cb-discard-draft-button button',
    ) as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Discard draft');
    button.focus();
    button.click();
    await settle();
    await sleep(50);
    const dialog = document.querySelector(
      'cb-discard-draft-dialog',
    ) as HTMLElement;
    expect(dialog.textContent).toContain('the audit trail keeps it');
    // Focus starts on "Keep draft", and the page's shortcuts stand aside while it is open.
    expect(document.activeElement?.textContent?.trim()).toBe('Keep draft');
    await press({ code: 'KeyN', key: 'n', altKey: true });
    expect(document.activeElement?.textContent?.trim()).toBe('Keep draft');
    http.expectNone({ method: 'POST', url: discardUrl() });

    Array.from(dialog.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Discard draft')
      ?.click();
    await settle();
    await sleep(50);
    const discard = http.expectOne({ method: 'POST', url: discardUrl() });
    expect(discard.request.body).toEqual({});
    discard.flush(serverRecord({ status: 'discarded' }));
    await settle();
    await sleep(50);
    expect(TestBed.inject(Router).url).toBe('/calls/drafts');
    expect(success).toHaveBeenCalledWith(
      'Draft discarded. The audit trail keeps it.',
    );
    expect(deviceCopy()).toBeNull();
  });

  it('keeps the draft when the dialog says "Keep draft"', async () => {
    (
      page().querySelector(
        'cb-discard-draft-button button',
      ) as HTMLButtonElement
    ).click();
    await settle();
    await sleep(50);
    (document.activeElement as HTMLElement).click();
    await settle();
    await sleep(50);
    expect(document.querySelector('cb-discard-draft-dialog')).toBeNull();
    http.expectNone({ method: 'POST', url: discardUrl() });
    expect(TestBed.inject(Router).url).toBe(`/calls/${callId}`);
  });
});

describe("leaving a colleague's call", () => {
  const colleaguesCall = '6f1d2c3b-0000-4000-8000-00000000c0de';
  let call: CallPageHarness;

  beforeEach(async () => {
    call = await CallPageHarness.open(`/calls/${colleaguesCall}`, {
      success: () => undefined,
      error: () => undefined,
    });
  });

  afterEach(() => closeCallPage());

  it('never discards it, even when nothing is recorded yet', async () => {
    call.http
      .expectOne({ method: 'GET', url: `/api/calls/${colleaguesCall}` })
      .flush(
        call.serverRecord({
          counselorId: 'u-dana',
          counselorName: 'Dana Reyes',
        }),
      );
    await call.settle();
    await TestBed.inject(Router).navigateByUrl('/calls/drafts');
    await call.settle();
    call.http.expectNone({
      method: 'POST',
      url: `/api/calls/${colleaguesCall}/discard`,
    });
  });
});
