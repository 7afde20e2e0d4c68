import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * Why a list did not load, and a "Try again" button. The alert region is always in the
 * page (empty while all is well), so screen readers announce the message when it appears.
 */
@Component({
  selector: 'cb-load-error',
  imports: [MatButtonModule],
  template: `
    <div role="alert">
      @if (message(); as text) {
        <div class="load-error">
          <p>{{ text }}</p>
          <button mat-stroked-button type="button" (click)="retry.emit()">
            Try again
          </button>
        </div>
      }
    </div>
  `,
  styles: `
    .load-error {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadError {
  /** What failed and why ("Could not load the audit trail. …"); nothing is shown while null. */
  readonly message = input<string | null>(null);
  /** The reader asked to try again. */
  readonly retry = output<void>();
}
