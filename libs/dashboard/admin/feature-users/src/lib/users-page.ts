import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import type { UserAccount } from '@casebook/shared/contracts';
import {
  USERS_PAGE_SIZES,
  UsersPageActions,
  usersFeature,
} from '@casebook/dashboard/admin/data-access';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '@casebook/dashboard/shared/ui/confirm-dialog';
import { filter } from 'rxjs';
import {
  PasswordResetDialog,
  type PasswordResetDialogData,
} from './password-reset-dialog';
import { UserFormDialog, type UserFormDialogData } from './user-form-dialog';
import { UsersTable } from './users-table';

const DIALOG_WIDTH = 'min(32rem, calc(100vw - 2rem))';

/** The accounts screen: selects the page of accounts, opens the dialogs, dispatches changes. */
@Component({
  selector: 'cb-users-page',
  imports: [MatButtonModule, MatIconModule, UsersTable],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  protected readonly accounts = this.store.selectSignal(
    usersFeature.selectAccounts,
  );
  protected readonly paging = this.store.selectSignal(
    usersFeature.selectPaging,
  );
  protected readonly loading = this.store.selectSignal(
    usersFeature.selectLoading,
  );
  protected readonly loadError = this.store.selectSignal(
    usersFeature.selectLoadError,
  );
  protected readonly savingId = this.store.selectSignal(
    usersFeature.selectSavingId,
  );
  private readonly currentUser = this.store.selectSignal(
    authFeature.selectUser,
  );
  protected readonly currentUserId = computed(
    () => this.currentUser()?.id ?? null,
  );
  protected readonly pageSizes = USERS_PAGE_SIZES;

  constructor() {
    this.store.dispatch(UsersPageActions.opened());
  }

  protected reload(): void {
    this.store.dispatch(UsersPageActions.opened());
  }

  protected changePage(page: { pageIndex: number; pageSize: number }): void {
    this.store.dispatch(UsersPageActions.pageChanged(page));
  }

  protected openCreate(): void {
    this.dialog.open<UserFormDialog, UserFormDialogData>(UserFormDialog, {
      data: { mode: 'create' },
      width: DIALOG_WIDTH,
    });
  }

  protected openEdit(user: UserAccount): void {
    this.dialog.open<UserFormDialog, UserFormDialogData>(UserFormDialog, {
      data: { mode: 'edit', user },
      width: DIALOG_WIDTH,
    });
  }

  protected openPasswordReset(user: UserAccount): void {
    this.dialog.open<PasswordResetDialog, PasswordResetDialogData>(
      PasswordResetDialog,
      {
        data: { user },
        width: DIALOG_WIDTH,
      },
    );
  }

  protected confirmDeactivate(user: UserAccount): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: `Deactivate ${user.displayName}?`,
          message:
            `${user.displayName} (${user.username}) is signed out everywhere at once and cannot sign in ` +
            'until the account is reactivated. Their records and history stay as they are.',
          confirmLabel: 'Deactivate',
        },
        width: DIALOG_WIDTH,
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() =>
        this.store.dispatch(UsersPageActions.deactivateConfirmed({ user })),
      );
  }

  protected reactivate(user: UserAccount): void {
    this.store.dispatch(UsersPageActions.reactivateClicked({ user }));
  }
}
