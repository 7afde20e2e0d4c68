import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import {
  ROLES,
  type ApiError,
  type Role,
  type UserAccount,
} from '@casebook/shared/contracts';
import {
  PASSWORD_MIN_LENGTH,
  USERNAME_RULE_TEXT,
} from '@casebook/shared/domain';
import {
  UserDialogActions,
  usersFeature,
} from '@casebook/dashboard/admin/data-access';
import { ROLE_LABELS, applyApiErrors } from '@casebook/dashboard/shared/ui';
import {
  displayNameValidators,
  passwordValidators,
  usernameValidators,
} from './account-validators';
import { fieldError } from './field-error';
import { trackSave } from './save-tracker';

/** Opens the dialog for a new account, or for changing an existing one's name and role. */
export type UserFormDialogData =
  { mode: 'create' } | { mode: 'edit'; user: UserAccount };

/**
 * New account (username, display name, role, first password) or edit (display name,
 * role). Stays open until the API accepts the change; its refusals land on the fields.
 */
@Component({
  selector: 'cb-user-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './user-form-dialog.html',
  styleUrl: './dialog-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFormDialog {
  private readonly store = inject(Store);
  private readonly dialogRef =
    inject<MatDialogRef<UserFormDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly usernameRule = USERNAME_RULE_TEXT;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly fieldError = fieldError;
  protected readonly saving = this.store.selectSignal(
    usersFeature.selectIsSaving,
  );
  protected readonly message = signal<string | null>(null);

  private readonly existing = this.data.mode === 'edit' ? this.data.user : null;
  protected readonly form = this.formBuilder.group({
    username: [
      {
        value: this.existing?.username ?? '',
        disabled: this.existing !== null,
      },
      usernameValidators,
    ],
    displayName: [this.existing?.displayName ?? '', displayNameValidators],
    role: [this.existing?.role ?? ('counselor' as Role)],
    password: [
      { value: '', disabled: this.existing !== null },
      passwordValidators,
    ],
  });

  private readonly save = trackSave({
    saved: () => this.dialogRef.close(true),
    failed: (error: ApiError) => {
      // 409 on create carries no field: it can only mean the username is taken.
      const fallback =
        this.existing === null && error.statusCode === 409
          ? 'username'
          : undefined;
      this.message.set(applyApiErrors(this.form, error, fallback));
    },
  });

  constructor() {
    this.store.dispatch(UserDialogActions.opened());
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.message.set(null);
    const { username, displayName, role, password } = this.form.getRawValue();
    if (this.existing === null) {
      this.save.submitted();
      this.store.dispatch(
        UserDialogActions.createSubmitted({
          request: {
            username: username.trim(),
            displayName: displayName.trim(),
            role,
            password,
          },
        }),
      );
      return;
    }
    const changes = {
      ...(displayName.trim() !== this.existing.displayName
        ? { displayName: displayName.trim() }
        : {}),
      ...(role !== this.existing.role ? { role } : {}),
    };
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close(false);
      return;
    }
    this.save.submitted();
    this.store.dispatch(
      UserDialogActions.editSubmitted({ user: this.existing, changes }),
    );
  }
}
