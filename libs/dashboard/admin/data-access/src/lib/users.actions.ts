import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  CreateUserRequest,
  Page,
  UpdateUserRequest,
  UserAccount,
} from '@casebook/shared/contracts';

/** What an admin changed about an account; picks the success message and where a failure shows. */
export type UserChange =
  'created' | 'profile' | 'password' | 'deactivated' | 'reactivated';

/** What the admin does on the accounts list. */
export const UsersPageActions = createActionGroup({
  source: 'Users Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ pageIndex: number; pageSize: number }>(),
    'Deactivate Confirmed': props<{ user: UserAccount }>(),
    'Reactivate Clicked': props<{ user: UserAccount }>(),
  },
});

/** What the admin does in the account dialogs (new, edit, reset password). */
export const UserDialogActions = createActionGroup({
  source: 'User Dialogs',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ request: CreateUserRequest }>(),
    'Edit Submitted': props<{
      user: UserAccount;
      changes: Pick<UpdateUserRequest, 'displayName' | 'role'>;
    }>(),
    'Password Reset Submitted': props<{
      user: UserAccount;
      password: string;
    }>(),
  },
});

/** Results of the `/api/users` endpoints. */
export const UsersApiActions = createActionGroup({
  source: 'Users API',
  events: {
    'Page Loaded': props<{ page: Page<UserAccount> }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'User Saved': props<{ user: UserAccount; change: UserChange }>(),
    'User Save Failed': props<{ error: ApiError; change: UserChange }>(),
  },
});
