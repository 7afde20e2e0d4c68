import type { HttpTestingController } from '@angular/common/http/testing';
import type { Store } from '@ngrx/store';
import type {
  Callback,
  CreateCallbackRequest,
  ReferralResource,
} from '@casebook/shared/contracts';
import type { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  CallbackSchedulerActions,
  CallPageActions,
  ReferralDirectoryActions,
} from './calls.actions';
import { callsFeature } from './calls.feature';
import { selectCallById, selectCallbackColleagues } from './calls.selectors';
import type { CallDraft } from './draft-model';
import { CALL_ID, at, caseSummary, record } from './testing/call-fixtures';
import {
  FAST,
  clearDeviceCopies,
  setUpCallsStore,
  sleep,
} from './testing/calls-test-bed';

const CASE_ID = '5d1f8a2e-4b7c-4e1a-9f3d-2c6b8e0a1f42';
const CALLBACK_ID = '9a7e6c1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d';

function callback(changes: Partial<Callback> = {}): Callback {
  return {
    id: CALLBACK_ID,
    caseId: CASE_ID,
    caseNumber: 'C-1042',
    caseAlias: 'Sam R.',
    caseAlert: null,
    sourceCallId: null,
    assignedToId: 'u-casey',
    assignedToName: 'Casey Counselor',
    dueAt: at(120),
    overdue: false,
    reason: 'Follow up',
    status: 'open',
    attempts: [],
    createdById: 'u-casey',
    createdAt: at(-60),
    updatedAt: at(-60),
    version: 4,
    ...changes,
  };
}

const page = <T>(items: T[]) => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 200,
});

describe('call-back and directory effects of the call screen', () => {
  let store: Store;
  let http: HttpTestingController;
  let notifier: Notifier;

  beforeEach(() => {
    clearDeviceCopies();
    ({ store, http, notifier } = setUpCallsStore());
  });
  afterEach(() => clearDeviceCopies());

  function call(): CallDraft | null {
    return store.selectSignal(selectCallById(CALL_ID))();
  }

  function startFromCallback(): void {
    store.dispatch(
      CallPageActions.newCallStarted({
        id: CALL_ID,
        startedAt: at(0),
        direction: 'outbound',
        caseId: CASE_ID,
        callbackId: CALLBACK_ID,
      }),
    );
  }

  /** Answers the case read and the create, then finalizes with `result`. */
  function finalize(result?: 'no-answer'): void {
    http
      .expectOne({ method: 'GET', url: `/api/cases/${CASE_ID}` })
      .flush({ ...caseSummary({ id: CASE_ID }), notes: null });
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(record({ caseId: CASE_ID, direction: 'outbound' }), {
        status: 201,
        statusText: 'Created',
      });
    store.dispatch(
      CallPageActions.finalizeConfirmed({
        id: CALL_ID,
        ...(result ? { callbackResult: result } : {}),
      }),
    );
    // The case read lent the call its substance after the create left: saved before finalizing.
    const lent = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${CALL_ID}`,
    });
    expect(lent.request.body.substance).toBe('fentanyl');
    lent.flush(
      record({
        caseId: CASE_ID,
        direction: 'outbound',
        substance: 'fentanyl',
        version: 2,
      }),
    );
    http
      .expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/finalize` })
      .flush(
        record({
          caseId: CASE_ID,
          direction: 'outbound',
          status: 'final',
          finalizedAt: at(10),
        }),
      );
  }

  function queue(name: 'mine' | 'team') {
    return http.expectOne(
      (r) =>
        r.method === 'GET' &&
        r.url === '/api/callbacks' &&
        r.params.get('queue') === name,
    );
  }

  it('starts a call from a call-back outbound, with the case linked and read, and the call-back kept', () => {
    startFromCallback();
    expect(call()?.content.direction).toBe('outbound');
    expect(call()?.content.caseId).toBe(CASE_ID);
    expect(call()?.caseChoice).toBe('linked');
    expect(call()?.callbackId).toBe(CALLBACK_ID);
    http
      .expectOne({ method: 'GET', url: `/api/cases/${CASE_ID}` })
      .flush(caseSummary({ id: CASE_ID, alias: 'Sam R.' }));
    expect(call()?.linkedCase?.alias).toBe('Sam R.');
    expect(call()?.linkedCase?.alert).toBe('Prefers Spanish');
    const create = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(create.request.body.direction).toBe('outbound');
    expect(create.request.body.caseId).toBe(CASE_ID);
  });

  it('logs the attempt once the call is final: finds the version in the open queues, then PATCHes', () => {
    spyOn(notifier, 'success');
    startFromCallback();
    finalize('no-answer');
    const mine = queue('mine');
    expect(mine.request.params.get('status')).toBe('open');
    expect(mine.request.params.get('pageSize')).toBe('200');
    mine.flush(page([callback({ id: 'other', version: 1 })]));
    queue('team').flush(page([callback({ version: 7 })]));
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/callbacks/${CALLBACK_ID}`,
    });
    expect(patch.request.body).toEqual({
      version: 7,
      attempt: { result: 'no-answer', callId: CALL_ID },
    });
    patch.flush(callback({ version: 8 }));
    expect(notifier.success).toHaveBeenCalledWith(
      'The attempt was logged on the call-back.',
    );
  });

  it('logs "reached" when no result was given', () => {
    startFromCallback();
    finalize();
    queue('mine').flush(page([callback()]));
    queue('team').flush(page([]));
    const patch = http.expectOne({ method: 'PATCH' });
    expect(patch.request.body.attempt.result).toBe('reached');
    expect(patch.request.body.version).toBe(4);
  });

  it('shows the message when the PATCH fails; the call stays final', () => {
    spyOn(notifier, 'error');
    startFromCallback();
    finalize();
    queue('mine').flush(page([callback()]));
    queue('team').flush(page([]));
    http.expectOne({ method: 'PATCH' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The call-back was changed by someone else.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(notifier.error).toHaveBeenCalledWith(
      'The call is final, but the attempt could not be logged on the call-back: The call-back was changed by someone else.',
    );
    expect(call()?.record?.status).toBe('final');
  });

  it('says so when the call-back is no longer open, and sends no PATCH', () => {
    spyOn(notifier, 'error');
    startFromCallback();
    finalize();
    queue('mine').flush(page([]));
    queue('team').flush(page([]));
    http.expectNone({ method: 'PATCH' });
    expect(notifier.error).toHaveBeenCalledWith(
      jasmine.stringContaining('no longer open'),
    );
  });

  it('logs nothing for a call not started from a call-back', () => {
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
    http.expectOne({ method: 'POST', url: '/api/calls' }).flush(record(), {
      status: 201,
      statusText: 'Created',
    });
    store.dispatch(CallPageActions.finalizeConfirmed({ id: CALL_ID }));
    http
      .expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/finalize` })
      .flush(record({ status: 'final' }));
    // The final record reads the call-backs set from it (ADR 34); no queue is read to log an attempt.
    http.expectNone((r) => r.url === '/api/callbacks' && r.params.has('queue'));
    http.expectNone({ method: 'PATCH' });
  });

  it('schedules a call-back and keeps it for the confirmation line', () => {
    spyOn(notifier, 'success');
    const request: CreateCallbackRequest = {
      caseId: CASE_ID,
      dueAt: at(120),
      reason: 'Follow up',
      assignedToId: 'u-casey',
    };
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    store.dispatch(
      CallbackSchedulerActions.submitted({ callId: CALL_ID, request }),
    );
    expect(
      store.selectSignal(callsFeature.selectCallbackSchedule)().status,
    ).toBe('saving');
    const post = http.expectOne({ method: 'POST', url: '/api/callbacks' });
    expect(post.request.body).toEqual(request);
    post.flush(callback(), { status: 201, statusText: 'Created' });
    const schedule = store.selectSignal(callsFeature.selectCallbackSchedule)();
    expect(schedule.open).toBeFalse();
    expect(schedule.scheduled?.id).toBe(CALLBACK_ID);
    expect(notifier.success).toHaveBeenCalledWith(
      jasmine.stringMatching(/^Call-back scheduled for .+, assigned to you\.$/),
    );
  });

  it('keeps the panel open with the field errors when the server refuses', () => {
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    store.dispatch(
      CallbackSchedulerActions.submitted({
        callId: CALL_ID,
        request: { caseId: CASE_ID, dueAt: at(-60), reason: '' },
      }),
    );
    http.expectOne({ method: 'POST', url: '/api/callbacks' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        fields: [{ field: 'dueAt', message: 'must be in the future' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const schedule = store.selectSignal(callsFeature.selectCallbackSchedule)();
    expect(schedule.open).toBeTrue();
    expect(schedule.status).toBe('failed');
    expect(schedule.error?.fields?.[0].field).toBe('dueAt');
  });

  it('reads the staff list when the panel first opens, offering active colleagues other than me', () => {
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    expect(store.selectSignal(selectCallbackColleagues)().loading).toBeTrue();
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush([
      { id: 'u-admin', displayName: 'Alex Admin', role: 'admin', active: true },
      {
        id: 'u-casey',
        displayName: 'Casey Counselor',
        role: 'counselor',
        active: true,
      },
      {
        id: 'u-gone',
        displayName: 'Gale Gone',
        role: 'counselor',
        active: false,
      },
      {
        id: 'u-sky',
        displayName: 'Sky Supervisor',
        role: 'supervisor',
        active: true,
      },
    ]);
    const colleagues = store.selectSignal(selectCallbackColleagues)();
    expect(colleagues.members.map((member) => member.id)).toEqual(['u-sky']);
    expect(colleagues.loading).toBeFalse();
    store.dispatch(CallbackSchedulerActions.closed());
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    http.expectNone({ method: 'GET', url: '/api/users/staff' });
  });

  it('says why there are no colleagues when the list fails, and tries again at the next opening', () => {
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush(
      {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Try again shortly',
      },
      { status: 503, statusText: 'Service Unavailable' },
    );
    expect(store.selectSignal(selectCallbackColleagues)()).toEqual({
      members: [],
      loading: false,
      error: jasmine.stringContaining('Try again shortly') as unknown as string,
    });
    store.dispatch(CallbackSchedulerActions.closed());
    store.dispatch(CallbackSchedulerActions.opened({ callId: CALL_ID }));
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush([]);
  });

  it('searches the directory by referral type once typing pauses', async () => {
    const entry: ReferralResource = {
      id: 'res-1',
      name: 'Harbor Detox',
      type: 'detox',
      phone: '+12015550199',
      hours: '24/7',
      languages: ['English', 'Spanish'],
      notes: null,
      national: false,
      active: true,
      updatedAt: at(0),
      version: 1,
    };
    store.dispatch(
      ReferralDirectoryActions.queryChanged({
        referralType: 'detox',
        query: 'Ha',
      }),
    );
    store.dispatch(
      ReferralDirectoryActions.queryChanged({
        referralType: 'detox',
        query: 'Harbor',
      }),
    );
    await sleep(FAST.lookupDebounceMs + 20);
    const request = http.expectOne((r) => r.url === '/api/resources');
    expect(request.request.params.get('type')).toBe('detox');
    expect(request.request.params.get('q')).toBe('Harbor');
    expect(request.request.params.get('pageSize')).toBe('10');
    request.flush(page([entry]));
    const directory = store.selectSignal(callsFeature.selectDirectory)();
    expect(directory.results.map((r) => r.name)).toEqual(['Harbor Detox']);
    store.dispatch(ReferralDirectoryActions.entryPicked({ resource: entry }));
    expect(
      store.selectSignal(callsFeature.selectDirectory)().picked['res-1']?.phone,
    ).toBe('+12015550199');
  });
});
