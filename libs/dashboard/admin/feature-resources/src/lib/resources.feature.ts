import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  ReferralResource,
  ReferralType,
} from '@casebook/shared/contracts';
import {
  ResourceDialogActions,
  ResourcesApiActions,
  ResourcesPageActions,
} from './resources.actions';

/** Where the latest create or change of an entry stands; the dialog closes on `saved`. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Page sizes offered under the table. */
export const RESOURCES_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** One page of directory entries as the server ordered them, its filters, and the latest change. */
export interface ResourcesState extends EntityState<ReferralResource> {
  query: string;
  resourceType: ReferralType | null;
  pageIndex: number;
  pageSize: number;
  /** Entries matching the filters on all pages together. */
  total: number;
  loading: boolean;
  loadError: ApiError | null;
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** The entry whose change is in flight, so its row's actions wait for it. */
  savingId: string | null;
}

/** No sort comparer: the page keeps the server's order. */
export const resourcesAdapter = createEntityAdapter<ReferralResource>();

export const initialResourcesState: ResourcesState =
  resourcesAdapter.getInitialState({
    query: '',
    resourceType: null,
    pageIndex: 0,
    pageSize: 25,
    total: 0,
    loading: false,
    loadError: null,
    saveStatus: 'idle',
    saveError: null,
    savingId: null,
  });

const loading = (state: ResourcesState): ResourcesState => ({
  ...state,
  loading: true,
  loadError: null,
});

export const resourcesFeature = createFeature({
  name: 'resources',
  reducer: createReducer(
    initialResourcesState,
    on(ResourcesPageActions.opened, loading),
    // A new filter starts again on the first page: the old page may not exist any more.
    on(ResourcesPageActions.searchChanged, (state, { query }): ResourcesState =>
      loading({ ...state, query, pageIndex: 0 }),
    ),
    on(
      ResourcesPageActions.typeFilterChanged,
      (state, { resourceType }): ResourcesState =>
        loading({ ...state, resourceType, pageIndex: 0 }),
    ),
    on(
      ResourcesPageActions.pageChanged,
      (state, { pageIndex, pageSize }): ResourcesState =>
        loading({ ...state, pageIndex, pageSize }),
    ),
    on(ResourcesApiActions.pageLoaded, (state, { page }): ResourcesState =>
      resourcesAdapter.setAll(page.items, {
        ...state,
        total: page.total,
        loading: false,
      }),
    ),
    on(
      ResourcesApiActions.pageLoadFailed,
      (state, { error }): ResourcesState => ({
        ...state,
        loading: false,
        loadError: error,
      }),
    ),
    on(ResourceDialogActions.opened, (state): ResourcesState => ({
      ...state,
      saveStatus: 'idle',
      saveError: null,
    })),
    on(ResourceDialogActions.createSubmitted, (state): ResourcesState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
      savingId: null,
    })),
    on(
      ResourceDialogActions.editSubmitted,
      ResourcesPageActions.retireConfirmed,
      ResourcesPageActions.restoreConfirmed,
      (state, { resource }): ResourcesState => ({
        ...state,
        saveStatus: 'saving',
        saveError: null,
        savingId: resource.id,
      }),
    ),
    // A new entry is not put on the page here: where it belongs (and whether it matches
    // the filters) is the server's to say, so the page is reloaded instead.
    on(
      ResourcesApiActions.resourceSaved,
      (state, { resource, change }): ResourcesState => {
        const saved: ResourcesState = {
          ...state,
          saveStatus: 'saved',
          saveError: null,
          savingId: null,
        };
        return change === 'created'
          ? saved
          : resourcesAdapter.upsertOne(resource, saved);
      },
    ),
    on(
      ResourcesApiActions.resourceSaveFailed,
      (state, { error }): ResourcesState => ({
        ...state,
        saveStatus: 'failed',
        saveError: error,
        savingId: null,
      }),
    ),
  ),
  extraSelectors: ({
    selectResourcesState,
    selectQuery,
    selectResourceType,
    selectPageIndex,
    selectPageSize,
    selectTotal,
  }) => {
    const { selectAll } = resourcesAdapter.getSelectors(selectResourcesState);
    const selectPaging = createSelector(
      selectPageIndex,
      selectPageSize,
      selectTotal,
      (pageIndex, pageSize, total) => ({ pageIndex, pageSize, total }),
    );
    return {
      /** The entries on the current page, in the server's order. */
      selectEntries: selectAll,
      /** What the paginator shows. */
      selectPaging,
      /** What the next load asks the server for. */
      selectSearch: createSelector(
        selectQuery,
        selectResourceType,
        selectPaging,
        (query, resourceType, { pageIndex, pageSize }) => ({
          query,
          resourceType,
          pageIndex,
          pageSize,
        }),
      ),
      selectIsSaving: createSelector(
        selectResourcesState,
        (state) => state.saveStatus === 'saving',
      ),
    };
  },
});
