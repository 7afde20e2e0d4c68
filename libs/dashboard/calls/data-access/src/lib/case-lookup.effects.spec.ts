import type { HttpTestingController } from '@angular/common/http/testing';
import type { Store } from '@ngrx/store';
import { CallPageActions, CaseLookupActions } from './calls.actions';
import { callsFeature } from './calls.feature';
import { CALL_ID, at, caseSummary, record } from './testing/call-fixtures';
import {
  FAST,
  clearDeviceCopies,
  setUpCallsStore,
  sleep,
} from './testing/calls-test-bed';

describe('caller lookup effects', () => {
  let store: Store;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceCopies();
    ({ store, http } = setUpCallsStore());
  });
  afterEach(() => clearDeviceCopies());

  function typeInLookup(...texts: string[]): void {
    for (const query of texts) {
      store.dispatch(CaseLookupActions.queryChanged({ query }));
    }
  }

  it('searches by phone for a phone-like text', async () => {
    typeInLookup('(201) 555-0123');
    await sleep(FAST.lookupDebounceMs + 20);
    const request = http.expectOne((r) => r.url === '/api/cases');
    expect(request.request.params.get('phone')).toBe('(201) 555-0123');
    expect(request.request.params.has('q')).toBeFalse();
    request.flush({ items: [caseSummary()], total: 1, page: 1, pageSize: 8 });
    const lookup = store.selectSignal(callsFeature.selectLookup)();
    expect(lookup.mode).toBe('phone');
    expect(lookup.results[0].alert).toBe('Prefers Spanish');
  });

  it('searches by alias or case number otherwise, once typing pauses', async () => {
    typeInLookup('S', 'Sa', 'Sam');
    http.expectNone((r) => r.url === '/api/cases');
    await sleep(FAST.lookupDebounceMs + 20);
    const request = http.expectOne((r) => r.url === '/api/cases');
    expect(request.request.params.get('q')).toBe('Sam');
    expect(request.request.params.has('phone')).toBeFalse();
  });

  it('treats a case number as text, not a phone number', async () => {
    typeInLookup('C-1042');
    await sleep(FAST.lookupDebounceMs + 20);
    expect(
      http.expectOne((r) => r.url === '/api/cases').request.params.get('q'),
    ).toBe('C-1042');
  });

  it('sends nothing for an empty field', async () => {
    typeInLookup('Sam', '');
    await sleep(FAST.lookupDebounceMs + 20);
    http.expectNone((r) => r.url === '/api/cases');
  });

  it('creates a case inline and links it to the call, saving the link at once', () => {
    store.dispatch(
      CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
    );
    http
      .expectOne({ method: 'POST', url: '/api/calls' })
      .flush(record(), { status: 201, statusText: 'Created' });
    store.dispatch(
      CaseLookupActions.createCaseSubmitted({
        callId: CALL_ID,
        request: { alias: 'Sam R.', phone: '201 555 0123' },
      }),
    );
    const create = http.expectOne({ method: 'POST', url: '/api/cases' });
    expect(create.request.body).toEqual({
      alias: 'Sam R.',
      phone: '201 555 0123',
    });
    create.flush({
      ...caseSummary({ alert: null }),
      createdAt: at(0),
      updatedAt: at(0),
      createdBy: 'u-casey',
      version: 1,
    });
    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/calls/${CALL_ID}`,
    });
    expect(patch.request.body.caseId).toBe('case-1');
  });
});
