import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Page, UserAccount } from '@casebook/shared/contracts';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import {
  UserDialogActions,
  UsersApiActions,
  UsersPageActions,
} from './users.actions';
import { UsersApi } from './users-api';
import {
  createUser$,
  loadUsersPage$,
  notifyUserChanges$,
  updateUser$,
} from './users.effects';
import { usersFeature } from './users.feature';

const sam: UserAccount = {
  id: 'u-1',
  username: 'sam',
  displayName: 'Sam Rivera',
  role: 'counselor',
  active: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  lastLoginAt: null,
};

function failure(status: number, message: string): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, error: 'x', message },
      }),
  );
}

describe('users effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<UsersApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let store: MockStore;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<UsersApi>('UsersApi', [
      'list',
      'create',
      'update',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: UsersApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(usersFeature.selectPaging, {
      pageIndex: 2,
      pageSize: 10,
      total: 0,
    });
  });

  // Overridden selectors are module-level objects: leave none behind for other specs.
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

  it('loads the page the store asks for', async () => {
    const page: Page<UserAccount> = {
      items: [sam],
      total: 21,
      page: 3,
      pageSize: 10,
    };
    api.list.and.returnValue(of(page));
    expect(
      await run(
        loadUsersPage$,
        UsersPageActions.pageChanged({ pageIndex: 2, pageSize: 10 }),
      ),
    ).toEqual([UsersApiActions.pageLoaded({ page })]);
    expect(api.list).toHaveBeenCalledOnceWith(2, 10);
  });

  it('reloads the page after a create, but not after other changes', async () => {
    api.list.and.returnValue(
      of({ items: [], total: 0, page: 3, pageSize: 10 }),
    );
    await run(
      loadUsersPage$,
      UsersApiActions.userSaved({ user: sam, change: 'profile' }),
      UsersApiActions.userSaved({ user: sam, change: 'created' }),
    );
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load', async () => {
    api.list.and.returnValue(failure(500, 'Database unavailable'));
    const [action] = await run(loadUsersPage$, UsersPageActions.opened());
    expect(action).toEqual(
      UsersApiActions.pageLoadFailed({
        error: { statusCode: 500, error: 'x', message: 'Database unavailable' },
      }),
    );
  });

  it('creates an account and reports a taken username', async () => {
    const request = {
      username: 'sam',
      displayName: 'Sam Rivera',
      role: 'counselor' as const,
      password: 'long enough pw',
    };
    api.create.and.returnValues(
      of(sam),
      failure(409, 'Username already exists'),
    );
    const actions = await run(
      createUser$,
      UserDialogActions.createSubmitted({ request }),
      UserDialogActions.createSubmitted({ request }),
    );
    expect(actions).toEqual([
      UsersApiActions.userSaved({ user: sam, change: 'created' }),
      UsersApiActions.userSaveFailed({
        error: {
          statusCode: 409,
          error: 'x',
          message: 'Username already exists',
        },
        change: 'created',
      }),
    ]);
  });

  it('sends each kind of change as the matching PATCH body', async () => {
    api.update.and.callFake((_id, body) =>
      of({ ...sam, ...body, password: undefined } as UserAccount),
    );
    const actions = await run(
      updateUser$,
      UserDialogActions.editSubmitted({
        user: sam,
        changes: { role: 'supervisor' },
      }),
      UserDialogActions.passwordResetSubmitted({
        user: sam,
        password: 'a new long password',
      }),
      UsersPageActions.deactivateConfirmed({ user: sam }),
      UsersPageActions.reactivateClicked({ user: sam }),
    );
    expect(api.update.calls.allArgs()).toEqual([
      ['u-1', { role: 'supervisor' }],
      ['u-1', { password: 'a new long password' }],
      ['u-1', { active: false }],
      ['u-1', { active: true }],
    ]);
    expect(
      actions.map((action) => (action as { change: string }).change),
    ).toEqual(['profile', 'password', 'deactivated', 'reactivated']);
  });

  it('confirms success and reports failed row actions, leaving dialog failures to the dialog', async () => {
    const error = {
      statusCode: 400,
      error: 'x',
      message: 'You cannot deactivate your own account',
    };
    await run(
      notifyUserChanges$,
      UsersApiActions.userSaved({
        user: { ...sam, active: false },
        change: 'deactivated',
      }),
      UsersApiActions.userSaveFailed({ error, change: 'deactivated' }),
      UsersApiActions.userSaveFailed({ error, change: 'profile' }),
      UsersApiActions.userSaveFailed({
        error: { ...error, statusCode: 401 },
        change: 'reactivated',
      }),
    );
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Sam Rivera is deactivated. Their sessions have ended.',
    );
    expect(notifier.error).toHaveBeenCalledOnceWith(
      'You cannot deactivate your own account',
    );
  });
});
