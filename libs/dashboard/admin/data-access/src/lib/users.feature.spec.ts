import type { ApiError, Page, UserAccount } from '@casebook/shared/contracts';
import {
  UserDialogActions,
  UsersApiActions,
  UsersPageActions,
} from './users.actions';
import {
  initialUsersState,
  usersFeature,
  type UsersState,
} from './users.feature';

function account(id: string, changes: Partial<UserAccount> = {}): UserAccount {
  return {
    id,
    username: `user-${id}`,
    displayName: `User ${id}`,
    role: 'counselor',
    active: true,
    createdAt: '2026-01-05T09:00:00.000Z',
    lastLoginAt: null,
    ...changes,
  };
}

const page: Page<UserAccount> = {
  items: [account('b'), account('a')],
  total: 42,
  page: 2,
  pageSize: 2,
};
const conflict: ApiError = {
  statusCode: 409,
  error: 'Conflict',
  message: 'That username is taken',
};
const reducer = usersFeature.reducer;

function loaded(): UsersState {
  return reducer(
    reducer(
      initialUsersState,
      UsersPageActions.pageChanged({ pageIndex: 1, pageSize: 2 }),
    ),
    UsersApiActions.pageLoaded({ page }),
  );
}

describe('users reducer', () => {
  it('asks for a page and keeps it in the order the server sent', () => {
    const requested = reducer(
      initialUsersState,
      UsersPageActions.pageChanged({ pageIndex: 1, pageSize: 2 }),
    );
    expect(requested.loading).toBeTrue();
    expect(requested.pageIndex).toBe(1);

    const state = reducer(requested, UsersApiActions.pageLoaded({ page }));
    expect(state.ids).toEqual(['b', 'a']);
    expect(state.totalAccounts).toBe(42);
    expect(state.loading).toBeFalse();
  });

  it('keeps a load failure to show it, and clears it on the next attempt', () => {
    const failed = reducer(
      initialUsersState,
      UsersApiActions.pageLoadFailed({ error: conflict }),
    );
    expect(failed.loadError).toBe(conflict);
    expect(reducer(failed, UsersPageActions.opened()).loadError).toBeNull();
  });

  it('follows a change from submitted to saved, replacing the row with the reply', () => {
    const target = account('a');
    const saving = reducer(
      loaded(),
      UsersPageActions.deactivateConfirmed({ user: target }),
    );
    expect(saving.saveStatus).toBe('saving');
    expect(saving.savingId).toBe('a');

    const saved = reducer(
      saving,
      UsersApiActions.userSaved({
        user: { ...target, active: false },
        change: 'deactivated',
      }),
    );
    expect(saved.saveStatus).toBe('saved');
    expect(saved.savingId).toBeNull();
    expect(saved.entities['a']?.active).toBeFalse();
    expect(saved.ids).toEqual(['b', 'a']);
  });

  it('does not put a new account on the page: the reload decides where it goes', () => {
    const saved = reducer(
      loaded(),
      UsersApiActions.userSaved({ user: account('new'), change: 'created' }),
    );
    expect(saved.ids).toEqual(['b', 'a']);
    expect(saved.saveStatus).toBe('saved');
  });

  it('keeps a save failure for the dialog, and a reopened dialog starts clean', () => {
    const failed = reducer(
      reducer(
        loaded(),
        UserDialogActions.createSubmitted({
          request: {
            username: 'x',
            displayName: 'X',
            role: 'admin',
            password: 'p',
          },
        }),
      ),
      UsersApiActions.userSaveFailed({ error: conflict, change: 'created' }),
    );
    expect(failed.saveStatus).toBe('failed');
    expect(failed.saveError).toBe(conflict);
    const reopened = reducer(failed, UserDialogActions.opened());
    expect(reopened.saveStatus).toBe('idle');
    expect(reopened.saveError).toBeNull();
  });
});

describe('users selectors', () => {
  it('give the page in server order with its paging', () => {
    const state = { users: loaded() };
    expect(usersFeature.selectAccounts(state).map((user) => user.id)).toEqual([
      'b',
      'a',
    ]);
    expect(usersFeature.selectPaging(state)).toEqual({
      pageIndex: 1,
      pageSize: 2,
      total: 42,
    });
    expect(usersFeature.selectIsSaving(state)).toBeFalse();
    expect(
      usersFeature.selectIsSaving({
        users: { ...loaded(), saveStatus: 'saving' },
      }),
    ).toBeTrue();
  });
});
