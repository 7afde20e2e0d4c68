import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { CallRecord, SymptomHistory } from '@casebook/shared/contracts';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import {
  CaseCallsApiActions,
  CasePageActions,
  SymptomHistoryApiActions,
} from './cases.actions';
import { CasesApi } from './cases-api';
import {
  loadCall$,
  loadCaseCalls$,
  loadSymptomHistory$,
} from './case-history.effects';
import { caseCallsFeature, initialCaseCallsState } from './case-calls.feature';
import { callSummary } from '@casebook/shared/contracts/testing';

describe('case history effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<CasesApi>;
  let store: MockStore;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<CasesApi>('CasesApi', [
      'symptoms',
      'calls',
      'call',
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            caseCalls: {
              ...initialCaseCallsState,
              caseId: 'case-1',
              pageIndex: 2,
              pageSize: 10,
              details: { 'call-2': { status: 'loading' } },
            },
          },
        }),
        { provide: CasesApi, useValue: api },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  afterEach(() => store.resetSelectors());

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('loads the symptom history of the case opened', async () => {
    const history: SymptomHistory = { items: [] };
    api.symptoms.and.returnValue(of(history));
    expect(
      await run(
        loadSymptomHistory$,
        CasePageActions.opened({ caseId: 'case-1' }),
      ),
    ).toEqual([
      SymptomHistoryApiActions.historyLoaded({ caseId: 'case-1', history }),
    ]);
  });

  it('loads the page of calls the store asks for, counting pages from 1 for the API', async () => {
    const page = {
      items: [callSummary('call-1')],
      total: 21,
      page: 3,
      pageSize: 10,
    };
    api.calls.and.returnValue(of(page));
    expect(
      await run(
        loadCaseCalls$,
        CasePageActions.callsPageChanged({ pageIndex: 2, pageSize: 10 }),
      ),
    ).toEqual([CaseCallsApiActions.callsLoaded({ caseId: 'case-1', page })]);
    expect(api.calls).toHaveBeenCalledOnceWith('case-1', 3, 10);
  });

  it('fetches a call once when expanded, and reports a failure for that call', async () => {
    const call = { id: 'call-2' } as CallRecord;
    api.call.and.returnValues(
      of(call),
      throwError(() => new HttpErrorResponse({ status: 0 })),
    );
    store.overrideSelector(caseCallsFeature.selectDetails, {
      'call-1': { status: 'loaded', call: { id: 'call-1' } as CallRecord },
      'call-2': { status: 'loading' },
      'call-3': { status: 'loading' },
    });
    const actions = await run(
      loadCall$,
      CasePageActions.callExpanded({ callId: 'call-1' }),
      CasePageActions.callExpanded({ callId: 'call-2' }),
      CasePageActions.callExpanded({ callId: 'call-3' }),
    );
    expect(api.call.calls.allArgs()).toEqual([['call-2'], ['call-3']]);
    expect(actions[0]).toEqual(CaseCallsApiActions.callLoaded({ call }));
    expect(actions[1]).toEqual(
      jasmine.objectContaining({
        type: CaseCallsApiActions.callLoadFailed.type,
        callId: 'call-3',
      }),
    );
  });
});
