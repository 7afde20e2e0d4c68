import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError, CaseSummary } from '@casebook/shared/contracts';
import { CaseListPageActions, CasesApiActions } from './cases.actions';
import {
  DEFAULT_CASE_LIST_SEARCH,
  type CaseListSearch,
} from './case-list-search';

/** One page of the case list as the server ordered it (recent callers first). */
export interface CasesState extends EntityState<CaseSummary> {
  search: CaseListSearch;
  /** Cases matching the search on all pages together. */
  total: number;
  loading: boolean;
  /** True once a search has answered: "no cases match" is not said before that. */
  loaded: boolean;
  loadError: ApiError | null;
}

/** No sort comparer: the page keeps the server's order. */
export const casesAdapter = createEntityAdapter<CaseSummary>();

export const initialCasesState: CasesState = casesAdapter.getInitialState({
  search: DEFAULT_CASE_LIST_SEARCH,
  total: 0,
  loading: false,
  loaded: false,
  loadError: null,
});

export const casesFeature = createFeature({
  name: 'cases',
  reducer: createReducer(
    initialCasesState,
    on(CaseListPageActions.searchChanged, (state, { search }): CasesState => ({
      ...state,
      search,
      loading: true,
      loadError: null,
    })),
    on(CasesApiActions.searchSucceeded, (state, { page }): CasesState =>
      casesAdapter.setAll(page.items, {
        ...state,
        total: page.total,
        loading: false,
        loaded: true,
      }),
    ),
    on(CasesApiActions.searchFailed, (state, { error }): CasesState => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    // A case saved on its page shows its new alias, alert and status when the list is back.
    on(CasesApiActions.caseSaved, (state, { record }): CasesState => {
      const existing = state.entities[record.id];
      if (!existing) {
        return state;
      }
      const changes: Partial<CaseSummary> = {};
      for (const key of Object.keys(existing) as (keyof CaseSummary)[]) {
        (changes as Record<string, unknown>)[key] = record[key];
      }
      return casesAdapter.updateOne({ id: record.id, changes }, state);
    }),
  ),
  extraSelectors: ({ selectCasesState, selectSearch, selectTotal }) => {
    const { selectAll } = casesAdapter.getSelectors(selectCasesState);
    return {
      /** The cases on the current page, in the server's order. */
      selectCases: selectAll,
      /** What the paginator shows. */
      selectPaging: createSelector(
        selectSearch,
        selectTotal,
        (search, total) => ({
          pageIndex: search.pageIndex,
          pageSize: search.pageSize,
          total,
        }),
      ),
    };
  },
});
