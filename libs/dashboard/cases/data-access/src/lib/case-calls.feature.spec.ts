import type { CallRecord } from '@casebook/shared/contracts';
import { CaseCallsApiActions, CasePageActions } from './cases.actions';
import { caseCallsFeature, initialCaseCallsState } from './case-calls.feature';
import { callSummary } from '@casebook/shared/contracts/testing';

const reducer = caseCallsFeature.reducer;

describe('case calls reducer and selectors', () => {
  it('keeps the page of calls of the open case, newest first as sent', () => {
    let state = reducer(
      initialCaseCallsState,
      CasePageActions.opened({ caseId: 'case-1' }),
    );
    state = reducer(
      state,
      CaseCallsApiActions.callsLoaded({
        caseId: 'case-1',
        page: {
          items: [callSummary('new'), callSummary('old')],
          total: 12,
          page: 1,
          pageSize: 10,
        },
      }),
    );
    // An answer for a case no longer open is dropped.
    state = reducer(
      state,
      CaseCallsApiActions.callsLoaded({
        caseId: 'case-2',
        page: { items: [], total: 0, page: 1, pageSize: 10 },
      }),
    );
    const root = { caseCalls: state };
    expect(caseCallsFeature.selectCalls(root).map((c) => c.id)).toEqual([
      'new',
      'old',
    ]);
    expect(caseCallsFeature.selectPaging(root)).toEqual({
      pageIndex: 0,
      pageSize: 10,
      total: 12,
    });
  });

  it('follows a call from expanded to loaded, and does not reload it', () => {
    const call = { id: 'c1' } as CallRecord;
    let state = reducer(
      initialCaseCallsState,
      CasePageActions.callExpanded({ callId: 'c1' }),
    );
    expect(state.details['c1']).toEqual({ status: 'loading' });
    state = reducer(state, CaseCallsApiActions.callLoaded({ call }));
    expect(state.details['c1']).toEqual({ status: 'loaded', call });
    expect(reducer(state, CasePageActions.callExpanded({ callId: 'c1' }))).toBe(
      state,
    );
  });
});
