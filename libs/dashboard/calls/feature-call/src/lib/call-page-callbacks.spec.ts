import type { HttpTestingController } from '@angular/common/http/testing';
import {
  CallPageHarness,
  callPageHelpers,
  closeCallPage,
  sleep,
} from './testing/call-page-harness';
import {
  SAM_CALLBACK_ID as CALLBACK_ID,
  SAM_CASE_ID as CASE_ID,
  samCallback as callback,
  samCase,
} from './testing/sam-case';

const sam = samCase();

describe('CallPage and call-backs', () => {
  let call: CallPageHarness;
  let http: HttpTestingController;
  let callId: string;
  let notifier: { success: jasmine.Spy; error: jasmine.Spy };

  const { serverRecord, settle, page, press } = callPageHelpers(() => call);

  async function open(url: string): Promise<void> {
    notifier = {
      success: jasmine.createSpy('success'),
      error: jasmine.createSpy('error'),
    };
    call = await CallPageHarness.open(url, notifier);
    http = call.http;
    callId = call.callId;
  }

  afterEach(() => closeCallPage());

  async function startFromCallback(): Promise<void> {
    await open(
      `/calls/new?caseId=${CASE_ID}&direction=outbound&callbackId=${CALLBACK_ID}`,
    );
    http.expectOne({ method: 'GET', url: `/api/cases/${CASE_ID}` }).flush(sam);
    const create = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(create.request.body.direction).toBe('outbound');
    expect(create.request.body.caseId).toBe(CASE_ID);
    create.flush(serverRecord({ caseId: CASE_ID, direction: 'outbound' }), {
      status: 201,
      statusText: 'Created',
    });
    await settle();
  }

  it('starts from a call-back: outbound, the case linked, focus in the notes', async () => {
    await startFromCallback();
    expect(page().textContent).toContain('Sam R.');
    expect(page().querySelector('cb-case-lookup')).toBeNull();
    expect(page().querySelector('cb-call-header')?.textContent).toContain(
      'Prefers Spanish',
    );
    const notes = page().querySelector('.notes textarea');
    expect(document.activeElement).toBe(notes);
  });

  it('asks what came of the call-back at finalize and logs it on the call-back', async () => {
    await startFromCallback();
    await press({ key: 'Enter', ctrlKey: true });
    const dialog = document.querySelector('cb-finalize-dialog') as HTMLElement;
    expect(dialog.textContent).toContain('This call was a call-back');
    const checked = dialog.querySelector(
      'mat-radio-button.mat-mdc-radio-checked',
    );
    expect(checked?.textContent).toContain('Reached');
    (
      Array.from(dialog.querySelectorAll('mat-radio-button input')).find(
        (input) =>
          input.closest('mat-radio-button')?.textContent?.includes('No answer'),
      ) as HTMLInputElement
    ).click();
    await settle();
    Array.from(dialog.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Finalize call'))
      ?.click();
    await sleep(50);
    await settle();
    // The case read lent the call its substance after the create left: saved before finalizing.
    const lent = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${callId}`,
    });
    expect(lent.request.body.substance).toBe('fentanyl');
    lent.flush(
      serverRecord({
        caseId: CASE_ID,
        direction: 'outbound',
        substance: 'fentanyl',
        version: 2,
      }),
    );
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/calls/${callId}/finalize` })
      .flush(
        serverRecord({
          caseId: CASE_ID,
          direction: 'outbound',
          status: 'final',
          finalizedAt: new Date().toISOString(),
        }),
      );
    await settle();
    const queues = http.match(
      (r) =>
        r.method === 'GET' &&
        r.url === '/api/callbacks' &&
        r.params.has('queue'),
    );
    expect(queues.map((r) => r.request.params.get('queue')).sort()).toEqual([
      'mine',
      'team',
    ]);
    for (const queue of queues) {
      queue.flush({
        items: queue.request.params.get('queue') === 'mine' ? [callback()] : [],
        total: 1,
        page: 1,
        pageSize: 200,
      });
    }
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/callbacks/${CALLBACK_ID}`,
    });
    expect(patch.request.body).toEqual({
      version: 3,
      attempt: { result: 'no-answer', callId },
    });
  });

  it('Alt+B then 1 schedules a call-back and confirms it on the call screen', async () => {
    await startFromCallback();
    const notes = page().querySelector('.notes textarea');
    expect(document.activeElement).toBe(notes);
    await press({ code: 'KeyB', key: 'b', altKey: true });
    expect(page().querySelector('cb-callback-scheduler')).not.toBeNull();
    expect(
      page().querySelector('cb-callback-scheduler .callback-alert')
        ?.textContent,
    ).toContain('Prefers Spanish');
    await press({ key: '1' });
    // The case has an alert: 1 chooses "In 2 hours" and waits, so the alert is read first.
    http.expectNone({ method: 'POST', url: '/api/callbacks' });
    (document.activeElement as HTMLButtonElement).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/callbacks' });
    expect(post.request.body).toEqual(
      jasmine.objectContaining({
        caseId: CASE_ID,
        assignedToId: 'u-casey',
        sourceCallId: callId,
      }),
    );
    expect(post.request.body.reason).toMatch(/^Follow up on call of /);
    post.flush(callback(), { status: 201, statusText: 'Created' });
    await settle();
    expect(page().querySelector('cb-callback-scheduler')).toBeNull();
    expect(page().querySelector('.banner.success')?.textContent).toMatch(
      /Call-back scheduled for .+, assigned to you\./,
    );
    expect(notifier.success).toHaveBeenCalled();
    // The panel closed: the focus is back where the counselor was, not on the page body.
    expect(document.activeElement).toBe(notes);
  });

  it("Alt+B lists the case's open call-backs first; 2 then only chooses a time, and Enter schedules", async () => {
    await startFromCallback();
    await press({ code: 'KeyB', key: 'b', altKey: true });
    const scheduler = () =>
      page().querySelector('cb-callback-scheduler') as HTMLElement;
    expect(scheduler().textContent).toContain(
      "Checking this case's open call-backs",
    );
    const read = http.expectOne(
      (r) =>
        r.method === 'GET' &&
        r.url === '/api/callbacks' &&
        r.params.get('caseId') === CASE_ID,
    );
    expect(read.request.params.get('status')).toBe('open');
    const existing = callback({
      id: 'cb-2',
      assignedToId: 'u-dana',
      assignedToName: 'Dana',
      reason: 'Check detox bed',
      overdue: true,
    });
    read.flush({ items: [existing], total: 1, page: 1, pageSize: 20 });
    await settle();
    const notice = scheduler().querySelector(
      'cb-open-callbacks-notice [role="alert"]',
    );
    expect(notice?.textContent).toContain(
      'This case already has 1 open call-back.',
    );
    expect(notice?.textContent).toContain('assigned to Dana');
    expect(notice?.textContent).toContain('Check detox bed');
    expect(notice?.textContent).toContain('(overdue)');
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe(
      existing.dueAt,
    );
    await press({ key: '2' });
    http.expectNone({ method: 'POST', url: '/api/callbacks' });
    expect(document.activeElement?.textContent).toContain('Tomorrow morning');
  });

  it('says so when the case has no open call-back', async () => {
    await startFromCallback();
    await press({ code: 'KeyB', key: 'b', altKey: true });
    http
      .expectOne((r) => r.url === '/api/callbacks' && r.params.has('caseId'))
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();
    expect(
      page().querySelector('cb-open-callbacks-notice')?.textContent,
    ).toContain('This case has no open call-back.');
  });

  it('opens the call-back panel from its visible button as from Alt+B', async () => {
    await startFromCallback();
    const button = Array.from(page().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Schedule a call-back'),
    ) as HTMLButtonElement;
    expect(button).withContext('the visible button').toBeDefined();
    button.click();
    await settle();
    expect(page().querySelector('cb-callback-scheduler')).not.toBeNull();
  });

  it('Alt+B on a call with no case says one must be linked first', async () => {
    await open('/calls/new');
    await press({ code: 'KeyB', key: 'b', altKey: true });
    expect(
      page().querySelector('cb-callback-scheduler')?.textContent,
    ).toContain('a call-back needs a linked case');
    await press({ key: '1' });
    http.expectNone({ method: 'POST', url: '/api/callbacks' });
  });
});
