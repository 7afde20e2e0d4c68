import {
  HttpTestingController,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import type { CallRecord } from '@casebook/shared/contracts';
import { AuthApiActions } from '@casebook/dashboard/auth/data-access';
import { CallPageActions, MyDraftsPageActions } from './calls.actions';
import { callDraftKey } from './draft-storage';
import type { CallDraft, StoredCallDraft } from './draft-model';
import {
  CALL_ID,
  T0,
  at,
  counselorLogin,
  record,
} from './testing/call-fixtures';
import {
  FAST,
  clearDeviceCopies,
  draftIn,
  setUpCallsStore,
  sleep,
} from './testing/calls-test-bed';

const KEY = callDraftKey('u-casey', CALL_ID);
const stored = (): StoredCallDraft | null =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredCallDraft | null;
const NETWORK_DOWN = new ProgressEvent('error');

describe('call drafts: device copy and autosave', () => {
  let store: Store;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceCopies();
    ({ store, http } = setUpCallsStore());
  });

  afterEach(() => {
    clearDeviceCopies();
  });

  function call(): CallDraft | null {
    return draftIn(store, CALL_ID);
  }

  function start(): void {
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
  }

  function type(notes: string): void {
    store.dispatch(
      CallPageActions.contentChanged({ id: CALL_ID, changes: { notes } }),
    );
  }

  function expectCreate(): TestRequest {
    return http.expectOne({ method: 'POST', url: '/api/calls' });
  }

  async function nextCreate(): Promise<TestRequest> {
    for (let waited = 0; waited < 2000; waited += 10) {
      const [request] = http.match({ method: 'POST', url: '/api/calls' });
      if (request) {
        return request;
      }
      await sleep(10);
    }
    throw new Error('no retry was sent');
  }

  it('writes every change to the device, synchronously, before any request answers', () => {
    start();
    expect(stored()?.createdOnServer).toBeFalse();
    expect(stored()?.content.direction).toBe('inbound');
    type('Caller is shaking');
    // No waiting: the copy is on the device inside the dispatch.
    expect(stored()?.content.notes).toBe('Caller is shaking');
    expect(stored()?.revision).toBe(2);
    expectCreate();
  });

  it('creates the draft on the server with our id at once, then autosaves the whole content 2 s (here 30 ms) after typing stops', async () => {
    start();
    const create = expectCreate();
    expect(create.request.body.id).toBe(CALL_ID);
    expect(create.request.body.startedAt).toBe(at(0));
    create.flush(record(), { status: 201, statusText: 'Created' });
    expect(call()?.createdOnServer).toBeTrue();
    expect(stored()?.createdOnServer).toBeTrue();

    type('C');
    type('Ca');
    type('Caller');
    http.expectNone({ method: 'PATCH' });
    await sleep(FAST.autosaveDelayMs + 30);
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${CALL_ID}`,
    });
    expect(patch.request.body.notes).toBe('Caller');
    expect(patch.request.body.version).toBeUndefined();
    expect(patch.request.body.direction).toBe('inbound');
    expect(call()?.saveStatus).toBe('saving');
    patch.flush(record({ notes: 'Caller', updatedAt: at(2) }));
    expect(call()?.saveStatus).toBe('saved');
    expect(stored()?.savedRevision).toBe(4);
  });

  it('saves at once when a field loses focus', () => {
    start();
    expectCreate().flush(record(), { status: 201, statusText: 'Created' });
    type('Short note');
    store.dispatch(CallPageActions.fieldBlurred({ id: CALL_ID }));
    http.expectOne({ method: 'PATCH' }).flush(record({ notes: 'Short note' }));
  });

  it('follows a create the server already had (200: the first reply was lost) with a PATCH of the full content', () => {
    start();
    // The server stored the call, but its answer never arrived.
    expectCreate().error(NETWORK_DOWN, { status: 0 });
    type('typed while the first answer was lost');
    store.dispatch(CallPageActions.fieldBlurred({ id: CALL_ID }));
    const retry = expectCreate();
    expect(retry.request.body.id).toBe(CALL_ID);
    retry.flush(record({ notes: '' }), { status: 200, statusText: 'OK' });
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${CALL_ID}`,
    });
    expect(patch.request.body.notes).toBe(
      'typed while the first answer was lost',
    );
    patch.flush(record({ notes: 'typed while the first answer was lost' }));
    expect(call()?.saveStatus).toBe('saved');
  });

  it('goes offline on a dropped network, keeps everything on the device, and retries by itself with backoff', async () => {
    start();
    expectCreate().error(NETWORK_DOWN, { status: 0 });
    expect(call()?.saveStatus).toBe('offline');
    expect(stored()?.createdOnServer).toBeFalse();

    // No key pressed: the retry timer sends it again (2 s, 4 s … in the app; 40 ms, 80 ms here).
    const second = await nextCreate();
    expect(second.request.body.id).toBe(CALL_ID);
    second.error(NETWORK_DOWN, { status: 0 });
    expect(call()?.saveAttempts).toBe(2);

    const third = await nextCreate();
    third.flush(record(), { status: 201, statusText: 'Created' });
    expect(call()?.saveStatus).toBe('saved');
    expect(call()?.saveAttempts).toBe(0);
  });

  it('sends unsaved calls when the browser is back online: the create with our id first, then the content', () => {
    ({ store, http } = resetWith({
      ...FAST,
      retryBaseMs: 60_000,
      retryMaxMs: 60_000,
    }));
    start();
    expectCreate().error(NETWORK_DOWN, { status: 0 });
    store.dispatch(
      CallPageActions.contentChanged({
        id: CALL_ID,
        changes: { notes: 'written offline' },
      }),
    );
    store.dispatch(CallPageActions.fieldBlurred({ id: CALL_ID }));
    expectCreate().error(NETWORK_DOWN, { status: 0 });

    window.dispatchEvent(new Event('online'));
    const create = expectCreate();
    expect(create.request.body.id).toBe(CALL_ID);
    expect(create.request.body.notes).toBe('written offline');
    create.flush(record({ notes: 'written offline' }), {
      status: 201,
      statusText: 'Created',
    });
    expect(call()?.saveStatus).toBe('saved');
  });

  it('keeps the device copy through a sign-out and brings it back after a reload and sign-in', () => {
    start();
    expectCreate().error(NETWORK_DOWN, { status: 0 });
    type('Used fentanyl two days ago');
    store.dispatch(AuthApiActions.logoutSucceeded());
    expect(call()).toBeNull();
    expect(stored()?.content.notes).toBe('Used fentanyl two days ago');

    // Reload: a new app, empty store, same browser storage.
    ({ store, http } = resetWith(FAST));
    store.dispatch(CallPageActions.opened({ id: CALL_ID }));
    expect(call()?.content.notes).toBe('Used fentanyl two days ago');
    const create = expectCreate();
    expect(create.request.body.notes).toBe('Used fentanyl two days ago');
    create.flush(record({ notes: 'Used fentanyl two days ago' }), {
      status: 201,
      statusText: 'Created',
    });
    http
      .expectOne({ method: 'GET', url: `/api/calls/${CALL_ID}` })
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'No such call' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(call()?.saveStatus).toBe('saved');
  });

  it('lists a call only this device has on "My drafts" and sends it', () => {
    start();
    expectCreate().error(NETWORK_DOWN, { status: 0 });
    ({ store, http } = resetWith(FAST));
    store.dispatch(MyDraftsPageActions.opened());
    const list = http.expectOne(
      (request) => request.url === '/api/calls' && request.method === 'GET',
    );
    expect(list.request.params.get('status')).toBe('draft');
    expect(list.request.params.get('counselorId')).toBe('u-casey');
    expectCreate();
    expect(call()?.createdOnServer).toBeFalse();
  });

  it('finalizes after sending what is unsaved, and forgets the device copy only once the server confirms', () => {
    start();
    expectCreate().flush(record(), { status: 201, statusText: 'Created' });
    type('Final words');
    store.dispatch(CallPageActions.finalizeConfirmed({ id: CALL_ID }));
    const patch = http.expectOne({ method: 'PATCH' });
    expect(patch.request.body.notes).toBe('Final words');
    patch.flush(record({ notes: 'Final words' }));
    expect(stored()).not.toBeNull();
    const final: CallRecord = record({
      status: 'final',
      notes: 'Final words',
      finalizedAt: at(20),
      endedAt: at(20),
    });
    http
      .expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/finalize` })
      .flush(final);
    expect(call()?.record?.status).toBe('final');
    expect(stored()).toBeNull();
  });

  it('keeps the draft and its device copy when finalizing fails', () => {
    start();
    expectCreate().flush(record(), { status: 201, statusText: 'Created' });
    store.dispatch(CallPageActions.finalizeConfirmed({ id: CALL_ID }));
    http
      .expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/finalize` })
      .flush(
        { statusCode: 500, error: 'x', message: 'Database unavailable' },
        { status: 500, statusText: 'Error' },
      );
    expect(call()?.finalizeError?.message).toBe('Database unavailable');
    expect(call()?.record?.status).toBe('draft');
    expect(stored()).not.toBeNull();
  });

  function resetWith(timing: typeof FAST) {
    TestBed.resetTestingModule();
    const next = setUpCallsStore(timing);
    return { store: next.store, http: next.http };
  }
});

describe('device copy is per user', () => {
  beforeEach(() => clearDeviceCopies());
  afterEach(() => clearDeviceCopies());

  it('never shows one counselor’s call to the next person signing in at the workstation', () => {
    const { store, http } = setUpCallsStore();
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .error(NETWORK_DOWN, { status: 0 });
    store.dispatch(AuthApiActions.logoutSucceeded());
    store.dispatch(
      AuthApiActions.loginSucceeded({
        response: {
          ...counselorLogin,
          user: { ...counselorLogin.user, id: 'u-other', username: 'other' },
        },
        receivedAt: T0,
      }),
    );
    store.dispatch(MyDraftsPageActions.opened());
    http.expectOne(
      (request) =>
        request.method === 'GET' &&
        request.params.get('counselorId') === 'u-other',
    );
    http.expectNone({ method: 'POST', url: '/api/calls' });
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });
});
