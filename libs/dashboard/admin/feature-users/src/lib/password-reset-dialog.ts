import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import type { UserAccount } from '@casebook/shared/contracts';
import { PASSWORD_MIN_LENGTH } from '@casebook/shared/domain';
import {
  UserDialogActions,
  usersFeature,
} from '@casebook/dashboard/admin/data-access';
import { applyApiErrors } from '@casebook/dashboard/shared/ui';
import { passwordValidators } from './account-validators';
import { fieldError } from './field-error';
import { trackSave } from './save-tracker';

/** The account whose password is reset. */
export interface PasswordResetDialogData {
  user: UserAccount;
}

/** Typed twice, because nobody can read back what they typed into a password field. */
const matchesPassword: ValidatorFn = (control) => {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password
    ? { mismatch: true }
    : null;
};

/** Sets a new password for an account, e.g. when someone has forgotten theirs. */
@Component({
  selector: 'cb-password-reset-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './password-reset-dialog.html',
  styleUrl: './dialog-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordResetDialog {
  private readonly store = inject(Store);
  private readonly dialogRef =
    inject<MatDialogRef<PasswordResetDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<PasswordResetDialogData>(MAT_DIALOG_DATA);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly fieldError = fieldError;
  protected readonly saving = this.store.selectSignal(
    usersFeature.selectIsSaving,
  );
  protected readonly message = signal<string | null>(null);

  protected readonly form = this.formBuilder.group({
    password: ['', passwordValidators],
    confirmation: ['', [Validators.required, matchesPassword]],
  });

  private readonly save = trackSave({
    saved: () => this.dialogRef.close(true),
    failed: (error) => this.message.set(applyApiErrors(this.form, error)),
  });

  constructor() {
    this.store.dispatch(UserDialogActions.opened());
    // The confirmation is checked against the password, so it must re-check when that changes.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() =>
        this.form.controls.confirmation.updateValueAndValidity({
          emitEvent: false,
        }),
      );
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
    this.save.submitted();
    this.store.dispatch(
      UserDialogActions.passwordResetSubmitted({
        user: this.data.user,
        password: this.form.getRawValue().password,
      }),
    );
  }
}
