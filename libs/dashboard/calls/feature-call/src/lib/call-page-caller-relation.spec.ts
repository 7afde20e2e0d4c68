import type { HttpTestingController } from '@angular/common/http/testing';
import {
  CallPageHarness,
  callPageHelpers,
  closeCallPage,
  sleep,
  FAST,
} from './testing/call-page-harness';

/** Issue 12: who is calling, chosen in the caller section, marks SOWS and the C-SSRS (ADR 30). */
describe('CallPage: who is calling', () => {
  let call: CallPageHarness;
  let http: HttpTestingController;

  const { serverRecord, settle, page, press } = callPageHelpers(() => call);

  beforeEach(async () => {
    call = await CallPageHarness.open('/calls/new', {
      success: () => undefined,
      error: () => undefined,
    });
    http = call.http;
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(serverRecord(), { status: 201, statusText: 'Created' });
    await settle();
  });

  afterEach(() => closeCallPage());

  const group = () =>
    page().querySelector(
      'cb-caller-section [role="radiogroup"]',
    ) as HTMLElement;
  const toggle = (name: string) =>
    Array.from(group().querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === name,
    ) as HTMLButtonElement;
  const markerNear = (section: string) =>
    (
      page().querySelector(`${section} cb-third-party-marker`)?.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();

  it('asks who is calling in the caller section, Self by default, with no marker on the instruments', () => {
    expect(group().getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      document.getElementById(group().getAttribute('aria-labelledby') as string)
        ?.textContent,
    ).toBe('Who is calling');
    expect(toggle('Self').getAttribute('aria-checked')).toBe('true');
    expect(markerNear('cb-withdrawal-section')).toBe('');
    expect(markerNear('[aria-labelledby="cb-risk-heading"]')).toBe('');
  });

  it('takes Family by the arrow keys, marks SOWS and the C-SSRS as reported by a third party, and saves it', async () => {
    toggle('Self').focus();
    await press({ key: 'ArrowRight', keyCode: 39 });
    expect(toggle('Family').getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(toggle('Family'));

    const expected =
      'Reported by a third party (family): ask how the person seems to them.';
    expect(markerNear('cb-withdrawal-section')).toContain(expected);
    expect(markerNear('[aria-labelledby="cb-risk-heading"]')).toContain(
      expected,
    );
    expect(markerNear('cb-withdrawal-section')).toContain(
      'not part of the instrument',
    );
    // The published SOWS wording is left as it is: the marker sits beside it.
    expect(
      page().querySelector('cb-withdrawal-section #cb-sows-heading')
        ?.textContent,
    ).toContain('SOWS');

    await sleep(FAST.autosaveDelayMs + 20);
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${call.callId}`,
    });
    expect(patch.request.body.callerRelation).toBe('family');
  });

  it('drops the markers when the caller turns out to be the person themself', async () => {
    toggle('Friend').click();
    await settle();
    expect(markerNear('cb-withdrawal-section')).toContain('(friend)');
    toggle('Self').click();
    await settle();
    expect(markerNear('cb-withdrawal-section')).toBe('');
    expect(markerNear('[aria-labelledby="cb-risk-heading"]')).toBe('');
  });
});
