import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import type {
  UpdateUserRequest,
  UserAccount,
} from '@casebook/shared/contracts';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  concatMap,
  filter,
  map,
  merge,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  UserDialogActions,
  UsersApiActions,
  UsersPageActions,
  type UserChange,
} from './users.actions';
import { UsersApi } from './users-api';
import { userSavedMessage } from './user-saved-message';
import { usersFeature } from './users.feature';

/** Loads the page asked for; a newer request cancels an older one still running. */
export const loadUsersPage$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(
        UsersPageActions.opened,
        UsersPageActions.pageChanged,
        UsersApiActions.userSaved,
      ),
      filter(
        (action) =>
          action.type !== UsersApiActions.userSaved.type ||
          action.change === 'created',
      ),
      concatLatestFrom(() => store.select(usersFeature.selectPaging)),
      switchMap(([, { pageIndex, pageSize }]) =>
        api.list(pageIndex, pageSize).pipe(
          map((page) => UsersApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(UsersApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Creates an account. */
export const createUser$ = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(UserDialogActions.createSubmitted),
      concatMap(({ request }) =>
        api.create(request).pipe(
          map((user) => UsersApiActions.userSaved({ user, change: 'created' })),
          catchError((error: unknown) =>
            of(
              UsersApiActions.userSaveFailed({
                error: toApiError(error),
                change: 'created',
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Every change to an existing account is one PATCH; changes run one after another so
 * that two quick clicks on one row reach the server in the order they were made.
 */
export const updateUser$ = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) => {
    const change = (
      user: UserAccount,
      body: UpdateUserRequest,
      kind: UserChange,
    ) => ({ user, body, kind });
    return merge(
      actions$.pipe(
        ofType(UserDialogActions.editSubmitted),
        map(({ user, changes }) => change(user, changes, 'profile')),
      ),
      actions$.pipe(
        ofType(UserDialogActions.passwordResetSubmitted),
        map(({ user, password }) => change(user, { password }, 'password')),
      ),
      actions$.pipe(
        ofType(UsersPageActions.deactivateConfirmed),
        map(({ user }) => change(user, { active: false }, 'deactivated')),
      ),
      actions$.pipe(
        ofType(UsersPageActions.reactivateClicked),
        map(({ user }) => change(user, { active: true }, 'reactivated')),
      ),
    ).pipe(
      concatMap(({ user, body, kind }) =>
        api.update(user.id, body).pipe(
          map((saved) =>
            UsersApiActions.userSaved({ user: saved, change: kind }),
          ),
          catchError((error: unknown) =>
            of(
              UsersApiActions.userSaveFailed({
                error: toApiError(error),
                change: kind,
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Success goes to a snack bar. Failures of a dialog's change are shown in that dialog
 * (on the fields); those of a row action have no dialog, so they go to a snack bar too.
 * A 401 has already signed the user out, and the login page says why.
 */
export const notifyUserChanges$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(UsersApiActions.userSaved, UsersApiActions.userSaveFailed),
      tap((action) => {
        if (action.type === UsersApiActions.userSaved.type) {
          notifier.success(userSavedMessage(action.user, action.change));
        } else if (
          (action.change === 'deactivated' ||
            action.change === 'reactivated') &&
          action.error.statusCode !== 401
        ) {
          notifier.error(action.error.message);
        }
      }),
    ),
  { functional: true, dispatch: false },
);
