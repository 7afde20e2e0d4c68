import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import {
  IdleDialogActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import { CLOCK } from '@casebook/dashboard/shared/data-access';

/** How often the countdown re-reads the clock; under a second so it never skips a number. */
const TICK_MS = 250;

/**
 * The idle warning: counts down to the session's expiry and offers to stay signed in
 * or sign out. Opened and closed by `openIdleDialog$` from the store's `idleWarning`.
 */
@Component({
  selector: 'cb-idle-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule],
  templateUrl: './idle-dialog.html',
  styleUrl: './idle-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleDialog {
  private readonly store = inject(Store);
  private readonly clock = inject(CLOCK);
  private readonly expiresAt = this.store.selectSignal(
    authFeature.selectExpiresAt,
  );
  private readonly now = signal(this.clock.now());

  /** Whole seconds until the session ends, never negative. */
  protected readonly secondsLeft = computed(() => {
    const expiresAt = this.expiresAt();
    if (!expiresAt) {
      return 0;
    }
    return Math.max(0, Math.ceil((Date.parse(expiresAt) - this.now()) / 1000));
  });

  protected readonly secondsText = computed(() =>
    this.secondsLeft() === 1 ? '1 second' : `${this.secondsLeft()} seconds`,
  );

  /**
   * What the polite live region says. A screen reader reading every tick would drown
   * the user, so it speaks only at 30 and 10 seconds; the dialog itself is read on open.
   */
  protected readonly announcement = computed(() => {
    const seconds = this.secondsLeft();
    if (seconds <= 10) {
      return 'About 10 seconds left before you are signed out.';
    }
    return seconds <= 30
      ? 'About 30 seconds left before you are signed out.'
      : '';
  });

  constructor() {
    const interval = setInterval(() => this.now.set(this.clock.now()), TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(interval));
  }

  protected staySignedIn(): void {
    this.store.dispatch(IdleDialogActions.staySignedInClicked());
  }

  protected signOut(): void {
    this.store.dispatch(IdleDialogActions.signOutClicked());
  }
}
