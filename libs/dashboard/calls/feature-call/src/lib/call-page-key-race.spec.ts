import type { HttpTestingController } from '@angular/common/http/testing';
import {
  CallPageHarness,
  callPageHelpers,
  closeCallPage,
  sleep,
} from './testing/call-page-harness';
import { keyBurst } from './testing/key-burst';
import {
  SAM_CALLBACK_ID as CALLBACK_ID,
  SAM_CASE_ID as CASE_ID,
  samCallback,
  samCase,
} from './testing/sam-case';

/** No caller alert: 1 in the call-back panel schedules at once. */
const sam = samCase({ alert: null });

const ALT_B = { key: 'b', code: 'KeyB', altKey: true };
const ALT_O = { key: 'o', code: 'KeyO', altKey: true };
const CTRL_ENTER = { key: 'Enter', code: 'Enter', ctrlKey: true };

/**
 * Issue 12 item 2: keys sent in one burst, before any render, land in the surface the
 * previous key opened (ADR 33). Each spec sends all its keys synchronously, then looks.
 */
describe('CallPage: keys before render', () => {
  let call: CallPageHarness;
  let http: HttpTestingController;

  const { serverRecord, settle, page } = callPageHelpers(() => call);

  afterEach(() => closeCallPage());

  async function startLinked(): Promise<void> {
    call = await CallPageHarness.open(
      `/calls/new?caseId=${CASE_ID}&callbackId=${CALLBACK_ID}`,
      { success: () => undefined, error: () => undefined },
    );
    http = call.http;
    http.expectOne({ method: 'GET', url: `/api/cases/${CASE_ID}` }).flush(sam);
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(serverRecord({ caseId: CASE_ID }), {
        status: 201,
        statusText: 'Created',
      });
    await settle();
  }

  async function startAnonymous(): Promise<void> {
    call = await CallPageHarness.openNewCall();
    http = call.http;
  }

  const outcomeText = () =>
    page().querySelector('cb-outcome-referrals .mat-mdc-select-value')
      ?.textContent ?? '';

  it('Alt+B, 1, Ctrl+Enter, Tab, Enter: schedules the call-back and finalizes, the caller stays linked', async () => {
    await startLinked();
    keyBurst(ALT_B, '1', CTRL_ENTER, 'Tab', 'Enter');
    // The call-back went out from the panel, before the dialog took the keys.
    const post = http.expectOne({ method: 'POST', url: '/api/callbacks' });
    expect(post.request.body.caseId).toBe(CASE_ID);
    await sleep(50);
    await settle();
    // Enter was "Finalize call": the dialog closed and the call is being finalized.
    expect(document.querySelector('cb-finalize-dialog')).toBeNull();
    const saves = http.match({
      method: 'PATCH',
      url: `/api/calls/${call.callId}`,
    });
    for (const save of saves) {
      expect(save.request.body.caseId).toBe(CASE_ID);
      save.flush(serverRecord({ caseId: CASE_ID, version: 2 }));
    }
    await settle();
    http.expectOne({
      method: 'POST',
      url: `/api/calls/${call.callId}/finalize`,
    });
    // Nothing reached the page behind: the lookup ("Change case") never opened.
    expect(page().querySelector('cb-case-lookup')).toBeNull();
  });

  it('a call-back saved after Ctrl+Enter opened the dialog leaves the focus in the dialog', async () => {
    await startLinked();
    keyBurst(ALT_B, '1', CTRL_ENTER);
    const inDialog = document.activeElement;
    expect(inDialog?.closest('cb-finalize-dialog')).not.toBeNull();
    http
      .expectOne({ method: 'POST', url: '/api/callbacks' })
      .flush(samCallback(), { status: 201, statusText: 'Created' });
    await settle();
    // The panel closed behind the dialog; the focus did not go back to the page.
    expect(page().querySelector('cb-callback-scheduler')).toBeNull();
    expect(document.activeElement).toBe(inDialog);
  });

  it('Ctrl+Enter then Tab: the Tab moves within the dialog, from "Keep editing" to "Finalize call"', async () => {
    await startLinked();
    keyBurst(CTRL_ENTER, 'Tab');
    expect(document.activeElement?.textContent?.trim()).toBe('Finalize call');
    expect(
      document.activeElement?.closest('cb-finalize-dialog'),
    ).not.toBeNull();
  });

  it('Ctrl+Enter twice finalizes, and Ctrl+Enter then Enter keeps editing', async () => {
    await startLinked();
    keyBurst(CTRL_ENTER, 'Enter');
    await settle();
    expect(document.querySelector('cb-finalize-dialog')).toBeNull();
    http.expectNone({
      method: 'POST',
      url: `/api/calls/${call.callId}/finalize`,
    });

    keyBurst(CTRL_ENTER, CTRL_ENTER);
    await sleep(50);
    await settle();
    expect(document.querySelector('cb-finalize-dialog')).toBeNull();
    for (const save of http.match({
      method: 'PATCH',
      url: `/api/calls/${call.callId}`,
    })) {
      save.flush(serverRecord({ caseId: CASE_ID, version: 2 }));
    }
    await settle();
    http.expectOne({
      method: 'POST',
      url: `/api/calls/${call.callId}/finalize`,
    });
  });

  it('Alt+O, r, Tab: the outcome letter is kept and the Tab goes on', async () => {
    await startAnonymous();
    keyBurst(ALT_O, 'r', 'Tab');
    await settle();
    expect(outcomeText()).toContain('Referred to a service');
    expect(document.activeElement?.closest('mat-select')).toBeNull();
    // Again with the letter: the next outcome starting with it, here the same one.
    keyBurst(ALT_O, 's', 's');
    await settle();
    expect(outcomeText()).toContain('Support given');
  });

  it('Space on a referral, then Tab and typing: the keys reach the new referral’s directory field', async () => {
    await startAnonymous();
    keyBurst(ALT_O, 'Tab', ' ', 'Tab', 'H', 'a');
    const field = document.activeElement as HTMLInputElement;
    expect(field.closest('mat-form-field')?.textContent).toContain(
      'Directory entry: Detox',
    );
    expect(field.value).toBe('Ha');
    await sleep(60);
    await settle();
    const searches = http.match((request) => request.url === '/api/resources');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches[searches.length - 1].request.params.get('q')).toBe('Ha');
  });

  it('? then Tab: the keyboard map opens and holds the keys', async () => {
    await startLinked();
    // "?" is text in the notes: from a heading it opens the map.
    (page().querySelector('#cb-outcome-heading') as HTMLElement).focus();
    keyBurst('?', 'Tab');
    expect(
      document.activeElement?.closest('cb-shortcuts-dialog'),
    ).not.toBeNull();
  });
});
