import { HttpTestingController } from '@angular/common/http/testing';
import { Store } from '@ngrx/store';
import type { CallSummary } from '@casebook/shared/contracts';
import { callSummary } from '@casebook/shared/contracts/testing';
import {
  CallPageActions,
  CallsApiActions,
  MyDraftsPageActions,
} from './calls.actions';
import { callsFeature } from './calls.feature';
import { callDraftKey } from './draft-storage';
import { CALL_ID, at, record } from './testing/call-fixtures';
import {
  clearDeviceCopies,
  draftIn,
  setUpCallsStore,
} from './testing/calls-test-bed';

const KEY = callDraftKey('u-casey', CALL_ID);
const DISCARD_URL = `/api/calls/${CALL_ID}/discard`;

/** ADR 32: discarding drafts from the call screen, from My drafts, and by leaving an empty one. */
describe('call drafts: discarding', () => {
  let store: Store;
  let http: HttpTestingController;
  let notifier: { success: jasmine.Spy; error: jasmine.Spy };

  beforeEach(() => {
    clearDeviceCopies();
    const setUp = setUpCallsStore();
    ({ store, http } = setUp);
    notifier = {
      success: spyOn(setUp.notifier, 'success'),
      error: spyOn(setUp.notifier, 'error'),
    };
  });

  afterEach(() => {
    clearDeviceCopies();
  });

  const call = () => draftIn(store, CALL_ID);

  function startOnServer(): void {
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(record(), { status: 201, statusText: 'Created' });
  }

  it('discards an empty draft left behind only if the server agrees, then forgets it on the device too', () => {
    startOnServer();
    expect(localStorage.getItem(KEY)).not.toBeNull();
    store.dispatch(CallPageActions.leftEmpty({ id: CALL_ID }));
    const discard = http.expectOne({ method: 'POST', url: DISCARD_URL });
    expect(discard.request.body).toEqual({ onlyIfEmpty: true });
    discard.flush(record({ status: 'discarded' }));
    expect(call()).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(notifier.success).not.toHaveBeenCalled();
  });

  it('sends the discard only after the create still on its way, never beside it', () => {
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
    const create = http.expectOne({ method: 'POST', url: '/api/calls' });
    store.dispatch(CallPageActions.leftEmpty({ id: CALL_ID }));
    http.expectNone({ method: 'POST', url: DISCARD_URL });
    create.flush(record(), { status: 201, statusText: 'Created' });
    http.expectOne({ method: 'POST', url: DISCARD_URL }).flush(record());
    expect(call()).toBeNull();
  });

  it('keeps a draft the server says has content (409), here and on the device, without a word', () => {
    startOnServer();
    store.dispatch(CallPageActions.leftEmpty({ id: CALL_ID }));
    http
      .expectOne({ method: 'POST', url: DISCARD_URL })
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'has content' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(call()?.id).toBe(CALL_ID);
    expect(localStorage.getItem(KEY)).not.toBeNull();
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('discards a draft from My drafts: the row goes, the total drops, the counselor is told', () => {
    const listed = callSummary(CALL_ID, {
      status: 'draft',
      counselorId: 'u-casey',
      endedAt: null,
      outcome: null,
    });
    store.dispatch(MyDraftsPageActions.opened());
    http
      .expectOne((request) => request.url === '/api/calls')
      .flush({ items: [listed], total: 3, page: 1, pageSize: 25 });
    store.dispatch(MyDraftsPageActions.discardConfirmed({ id: CALL_ID }));
    const discard = http.expectOne({ method: 'POST', url: DISCARD_URL });
    expect(discard.request.body).toEqual({});
    discard.flush(record({ status: 'discarded' }));
    let list = { items: [] as CallSummary[], total: -1 };
    store
      .select(callsFeature.selectDraftList)
      .subscribe((value) => (list = value))
      .unsubscribe();
    expect(list.items).toEqual([]);
    expect(list.total).toBe(2);
    expect(notifier.success).toHaveBeenCalledWith(
      'Draft discarded. The audit trail keeps it.',
    );
  });

  it('says why a discard the counselor asked for failed, and keeps the draft', () => {
    startOnServer();
    store.dispatch(CallPageActions.discardConfirmed({ id: CALL_ID }));
    http.expectOne({ method: 'POST', url: DISCARD_URL }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'This call is finalized and can no longer change.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(notifier.error).toHaveBeenCalledWith(
      'Draft not discarded: This call is finalized and can no longer change.',
    );
    expect(call()?.id).toBe(CALL_ID);
  });

  it('no longer lets a discarded draft be edited or autosaved', () => {
    startOnServer();
    store.dispatch(
      CallsApiActions.callLoaded({ record: record({ status: 'discarded' }) }),
    );
    store.dispatch(
      CallPageActions.contentChanged({
        id: CALL_ID,
        changes: { notes: 'late' },
      }),
    );
    store.dispatch(CallPageActions.saveNowRequested({ id: CALL_ID }));
    http.expectNone({ method: 'PATCH' });
  });
});
