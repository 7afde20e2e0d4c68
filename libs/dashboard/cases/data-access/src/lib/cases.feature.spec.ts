import type { ApiError, Page, CaseSummary } from '@casebook/shared/contracts';
import { CaseListPageActions, CasesApiActions } from './cases.actions';
import { DEFAULT_CASE_LIST_SEARCH } from './case-list-search';
import {
  casesFeature,
  initialCasesState,
  type CasesState,
} from './cases.feature';
import { caseRecord, caseSummary } from '@casebook/shared/contracts/testing';

const reducer = casesFeature.reducer;
const search = {
  ...DEFAULT_CASE_LIST_SEARCH,
  text: 'sam',
  pageIndex: 1,
  pageSize: 10,
};
const page: Page<CaseSummary> = {
  items: [caseSummary('b'), caseSummary('a')],
  total: 42,
  page: 2,
  pageSize: 10,
};
const failure: ApiError = {
  statusCode: 500,
  error: 'Internal Server Error',
  message: 'The server ran into a problem.',
};

function loaded(): CasesState {
  return reducer(
    reducer(initialCasesState, CaseListPageActions.searchChanged({ search })),
    CasesApiActions.searchSucceeded({ page }),
  );
}

describe('cases reducer', () => {
  it('keeps the search asked for and the page in the order the server sent', () => {
    const searching = reducer(
      initialCasesState,
      CaseListPageActions.searchChanged({ search }),
    );
    expect(searching.search).toBe(search);
    expect(searching.loading).toBeTrue();
    expect(searching.loaded).toBeFalse();

    const state = reducer(searching, CasesApiActions.searchSucceeded({ page }));
    expect(state.ids).toEqual(['b', 'a']);
    expect(state.total).toBe(42);
    expect(state.loading).toBeFalse();
    expect(state.loaded).toBeTrue();
  });

  it('keeps a failure to show, and clears it on the next search', () => {
    const failed = reducer(
      loaded(),
      CasesApiActions.searchFailed({ error: failure }),
    );
    expect(failed.loadError).toBe(failure);
    expect(failed.loading).toBeFalse();
    expect(
      reducer(failed, CaseListPageActions.searchChanged({ search })).loadError,
    ).toBeNull();
  });

  it('shows a case saved on its page with its new values, without adding cases to the page', () => {
    const saved = reducer(
      loaded(),
      CasesApiActions.caseSaved({
        record: caseRecord({ id: 'a', alias: 'Sam Rivera', status: 'closed' }),
      }),
    );
    expect(saved.entities['a']?.alias).toBe('Sam Rivera');
    expect(saved.entities['a']?.status).toBe('closed');
    expect(Object.keys(saved.entities['a'] as object)).not.toContain('version');
    const other = reducer(
      loaded(),
      CasesApiActions.caseSaved({ record: caseRecord({ id: 'zzz' }) }),
    );
    expect(other.ids).toEqual(['b', 'a']);
  });
});

describe('cases selectors', () => {
  it('give the page in server order with its paging', () => {
    const state = { cases: loaded() };
    expect(casesFeature.selectCases(state).map((c) => c.id)).toEqual([
      'b',
      'a',
    ]);
    expect(casesFeature.selectPaging(state)).toEqual({
      pageIndex: 1,
      pageSize: 10,
      total: 42,
    });
    expect(casesFeature.selectSearch(state).text).toBe('sam');
  });
});
