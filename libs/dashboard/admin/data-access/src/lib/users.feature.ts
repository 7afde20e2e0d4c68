import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError, UserAccount } from '@casebook/shared/contracts';
import {
  UserDialogActions,
  UsersApiActions,
  UsersPageActions,
} from './users.actions';

/** Where the latest create or change of an account stands; dialogs close on `saved`. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Page sizes offered under the table. */
export const USERS_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** One page of accounts as the server ordered them, and the state of the latest change. */
export interface UsersState extends EntityState<UserAccount> {
  pageIndex: number;
  pageSize: number;
  /** Accounts on all pages together. */
  totalAccounts: number;
  loading: boolean;
  loadError: ApiError | null;
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** The account whose change is in flight, so its row's actions wait for it. */
  savingId: string | null;
}

/** No sort comparer: the page keeps the server's order. */
export const usersAdapter = createEntityAdapter<UserAccount>();

export const initialUsersState: UsersState = usersAdapter.getInitialState({
  pageIndex: 0,
  pageSize: 25,
  totalAccounts: 0,
  loading: false,
  loadError: null,
  saveStatus: 'idle',
  saveError: null,
  savingId: null,
});

export const usersFeature = createFeature({
  name: 'users',
  reducer: createReducer(
    initialUsersState,
    on(UsersPageActions.opened, (state): UsersState => ({
      ...state,
      loading: true,
      loadError: null,
    })),
    on(
      UsersPageActions.pageChanged,
      (state, { pageIndex, pageSize }): UsersState => ({
        ...state,
        pageIndex,
        pageSize,
        loading: true,
        loadError: null,
      }),
    ),
    on(UsersApiActions.pageLoaded, (state, { page }): UsersState =>
      usersAdapter.setAll(page.items, {
        ...state,
        totalAccounts: page.total,
        loading: false,
      }),
    ),
    on(UsersApiActions.pageLoadFailed, (state, { error }): UsersState => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(UserDialogActions.opened, (state): UsersState => ({
      ...state,
      saveStatus: 'idle',
      saveError: null,
    })),
    on(UserDialogActions.createSubmitted, (state): UsersState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
      savingId: null,
    })),
    on(
      UserDialogActions.editSubmitted,
      UserDialogActions.passwordResetSubmitted,
      UsersPageActions.deactivateConfirmed,
      UsersPageActions.reactivateClicked,
      (state, { user }): UsersState => ({
        ...state,
        saveStatus: 'saving',
        saveError: null,
        savingId: user.id,
      }),
    ),
    // A new account is not put on the page here: where it belongs is the server's
    // ordering, so the page is reloaded instead (see `loadUsersPage$`).
    on(UsersApiActions.userSaved, (state, { user, change }): UsersState => {
      const saved: UsersState = {
        ...state,
        saveStatus: 'saved',
        saveError: null,
        savingId: null,
      };
      return change === 'created' ? saved : usersAdapter.upsertOne(user, saved);
    }),
    on(UsersApiActions.userSaveFailed, (state, { error }): UsersState => ({
      ...state,
      saveStatus: 'failed',
      saveError: error,
      savingId: null,
    })),
  ),
  extraSelectors: ({
    selectUsersState,
    selectPageIndex,
    selectPageSize,
    selectTotalAccounts,
  }) => {
    const { selectAll } = usersAdapter.getSelectors(selectUsersState);
    return {
      /** The accounts on the current page, in the server's order. */
      selectAccounts: selectAll,
      /** What the paginator shows and what the next load asks for. */
      selectPaging: createSelector(
        selectPageIndex,
        selectPageSize,
        selectTotalAccounts,
        (pageIndex, pageSize, total) => ({
          pageIndex,
          pageSize,
          total,
        }),
      ),
      selectIsSaving: createSelector(
        selectUsersState,
        (state) => state.saveStatus === 'saving',
      ),
    };
  },
});
