import { ErrorHandler, Injectable, Injector, inject } from '@angular/core';
import type {
  MatSnackBar,
  MatSnackBarConfig,
} from '@angular/material/snack-bar';

/**
 * The one way effects tell the user how a request ended. Wraps the snack bar so that
 * effects stay testable with a spy and every message gets the same timing and
 * screen-reader politeness. The snack bar (and the overlay code under it) is loaded on
 * the first message rather than with the login page.
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(Injector);
  private readonly errorHandler = inject(ErrorHandler);
  private snackBar: Promise<MatSnackBar> | null = null;

  /** A short confirmation that goes away by itself. */
  success(message: string): void {
    this.open(message, 'OK', { duration: 4000, politeness: 'polite' });
  }

  /** A failure stays longer and is announced at once: the user has to act on it. */
  error(message: string): void {
    this.open(message, 'Dismiss', {
      duration: 10000,
      politeness: 'assertive',
      panelClass: 'cb-snack-error',
    });
  }

  private open(
    message: string,
    action: string,
    config: MatSnackBarConfig,
  ): void {
    this.snackBar ??= import('@angular/material/snack-bar').then((m) =>
      this.injector.get(m.MatSnackBar),
    );
    this.snackBar.then(
      (snackBar) => snackBar.open(message, action, config),
      (error: unknown) => {
        // The chunk failed to load (server gone mid-session): report it, and try again next time.
        this.snackBar = null;
        this.errorHandler.handleError(error);
      },
    );
  }
}
