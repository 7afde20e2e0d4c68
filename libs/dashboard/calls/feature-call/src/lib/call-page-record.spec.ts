import type { HttpTestingController } from '@angular/common/http/testing';
import type {
  CallRecord,
  Callback,
  ReferralResource,
} from '@casebook/shared/contracts';
import {
  CallPageHarness,
  callPageHelpers,
  closeCallPage,
  sleep,
} from './testing/call-page-harness';

const RESOURCE_ID = '3b9d2c1a-5e4f-4a6b-8c7d-9e0f1a2b3c4d';

const northside: ReferralResource = {
  id: RESOURCE_ID,
  name: 'Northside Detox',
  type: 'detox',
  phone: '+13125550142',
  hours: '24/7',
  languages: ['English'],
  notes: null,
  national: false,
  active: true,
  updatedAt: new Date().toISOString(),
  version: 1,
};

/** Issue 12 item 7: the finalized record, and the finalize dialog agreeing with the header. */
describe('CallPage: the finalized record and the save state', () => {
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

  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  async function finalizeFromDialog(): Promise<HTMLElement> {
    await press({ key: 'Enter', ctrlKey: true });
    return document.querySelector('cb-finalize-dialog') as HTMLElement;
  }

  /** The draft reaches the server, is finalized from the dialog and comes back final with `changes`. */
  async function finalizeCreated(
    changes: Partial<CallRecord> = {},
  ): Promise<void> {
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(serverRecord(), { status: 201, statusText: 'Created' });
    await settle();
    await clickFinalize(await finalizeFromDialog());
    http
      .expectOne({ method: 'POST', url: `/api/calls/${callId}/finalize` })
      .flush(
        serverRecord({
          status: 'final',
          finalizedAt: new Date().toISOString(),
          ...changes,
        }),
      );
    await settle();
  }

  async function clickFinalize(dialog: HTMLElement): Promise<void> {
    Array.from(dialog.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Finalize call'))
      ?.click();
    await sleep(50);
    await settle();
  }

  it('types "?" into the lookup field instead of opening the shortcut list', async () => {
    const field = document.activeElement as HTMLInputElement;
    expect(field.getAttribute('role')).toBe('combobox');
    const typed = new KeyboardEvent('keydown', {
      key: '?',
      code: 'Slash',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    field.dispatchEvent(typed);
    await settle();
    expect(typed.defaultPrevented).toBeFalse();
    expect(document.querySelector('cb-shortcuts-dialog')).toBeNull();
  });

  it('says in the finalize dialog exactly what the header says when the draft has not reached the server', async () => {
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .error(new ProgressEvent('error'));
    await settle();
    const header = text(page().querySelector('cb-save-status .text'));
    expect(header).toBe('Offline — saved on this device, will retry');
    const dialog = await finalizeFromDialog();
    const line = dialog.querySelector('.save-state');
    expect(text(line?.querySelector('strong'))).toBe(header);
    expect(line?.classList).toContain('unsaved');
    expect(text(line)).toContain('has not all reached the server');
  });

  it('says "Saved" in both once the server has the draft', async () => {
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(serverRecord(), { status: 201, statusText: 'Created' });
    await settle();
    const dialog = await finalizeFromDialog();
    expect(text(page().querySelector('cb-save-status .text'))).toBe('Saved');
    const line = dialog.querySelector('.save-state');
    expect(text(line?.querySelector('strong'))).toBe('Saved');
    expect(line?.classList).not.toContain('unsaved');
  });

  it('shows the directory entry referred to and the call-back set from the call once final', async () => {
    await finalizeCreated({
      referrals: [{ type: 'detox', resourceId: RESOURCE_ID }],
    });
    const section = () =>
      page().querySelector('section[aria-labelledby="cb-final-callbacks"]');
    expect(text(section())).toContain('Reading the call-backs');

    const callbacks = http.expectOne(
      (r) =>
        r.url === '/api/callbacks' && r.params.get('sourceCallId') === callId,
    );
    expect(callbacks.request.params.get('status')).toBe('any');
    const dueAt = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const setFromCall: Callback = {
      id: 'cb-1',
      caseId: 'case-1',
      caseNumber: 'C-1042',
      caseAlias: 'Sam R.',
      caseAlert: null,
      sourceCallId: callId,
      assignedToId: 'u-casey',
      assignedToName: 'Casey',
      dueAt,
      overdue: false,
      reason: 'Ask about the detox bed',
      status: 'done',
      attempts: [],
      createdById: 'u-casey',
      createdAt: dueAt,
      updatedAt: dueAt,
      version: 2,
    };
    callbacks.flush({ items: [setFromCall], total: 1, page: 1, pageSize: 20 });
    http
      .expectOne({ method: 'GET', url: `/api/resources/${RESOURCE_ID}` })
      .flush(northside);
    await settle();

    const outcome = text(
      page().querySelector('section[aria-labelledby="cb-final-outcome"]'),
    );
    expect(outcome).toContain('Northside Detox');
    expect(outcome).toContain('(312) 555-0142');
    const line = text(section());
    expect(line).toContain('assigned to you');
    expect(line).toContain('done');
    expect(line).toContain('Ask about the detox bed');
    expect(section()?.querySelector('time')?.getAttribute('datetime')).toBe(
      dueAt,
    );
  });

  it('says when no call-back was set from the call', async () => {
    await finalizeCreated();
    http
      .expectOne(
        (r) => r.url === '/api/callbacks' && r.params.has('sourceCallId'),
      )
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();
    http.expectNone((r) => r.url.startsWith('/api/resources/'));
    expect(
      text(
        page().querySelector('section[aria-labelledby="cb-final-callbacks"]'),
      ),
    ).toContain('No call-back was set from this call.');
  });
});
