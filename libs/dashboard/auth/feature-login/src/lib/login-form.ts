import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ApiError, LoginRequest } from '@casebook/shared/contracts';
import { applyApiErrors, serverError } from '@casebook/dashboard/shared/ui';

/** Username and password; knows nothing of the store. */
@Component({
  selector: 'cb-login-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
  ],
  templateUrl: './login-form.html',
  styleUrl: './login-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginForm {
  /** A sign-in request is running: the form is locked and says so. */
  readonly pending = input(false);
  /** The last failed attempt, from the API; its message is shown, its field errors go on the fields. */
  readonly error = input<ApiError | null>(null);
  /** The user asked to sign in with these credentials. */
  readonly submitted = output<LoginRequest>();

  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly usernameInput =
    viewChild.required<ElementRef<HTMLInputElement>>('usernameInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly form = this.formBuilder.group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly message = signal<string | null>(null);
  protected readonly serverError = serverError;

  constructor() {
    afterNextRender(() => this.usernameInput().nativeElement.focus());

    // Lock the fields while the request runs, so what was sent is what is shown.
    effect(() => {
      if (this.pending()) {
        this.form.disable({ emitEvent: false });
      } else {
        this.form.enable({ emitEvent: false });
      }
    });

    effect(() => {
      const error = this.error();
      untracked(() => {
        if (!error) {
          this.message.set(null);
          return;
        }
        // A refused password is not typed again by accident; the name usually is right.
        // Resetting the submitted state too keeps "Enter your password" from appearing
        // under the field before the user has had a chance to type it.
        this.formDirective().resetForm({
          username: this.form.controls.username.value,
          password: '',
        });
        this.message.set(applyApiErrors(this.form, error) ?? error.message);
        const target = this.form.controls.username.value
          ? this.passwordInput()
          : this.usernameInput();
        queueMicrotask(() => target.nativeElement.focus());
      });
    });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, password } = this.form.getRawValue();
    this.submitted.emit({ username: username.trim(), password });
  }
}
