import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import type { LoginRequest } from '@casebook/shared/contracts';
import {
  LoginPageActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import { LoginForm } from './login-form';

/** The sign-in page: selects what the form needs and dispatches its submission. */
@Component({
  selector: 'cb-login-page',
  imports: [MatCardModule, MatIconModule, LoginForm],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(Store);

  protected readonly pending = this.store.selectSignal(
    authFeature.selectIsSigningIn,
  );
  protected readonly error = this.store.selectSignal(authFeature.selectError);
  protected readonly signOutMessage = this.store.selectSignal(
    authFeature.selectSignOutMessage,
  );

  protected submit(credentials: LoginRequest): void {
    this.store.dispatch(LoginPageActions.submitted({ credentials }));
  }
}
