import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';

/** What the finalize dialog says. */
export interface FinalizeDialogData {
  /** What is missing or worth a second look; none of it blocks finalizing. */
  warnings: string[];
}

/**
 * Asks before finalizing and lists what is missing as warnings, not as a block: a
 * counselor whose caller hung up must still be able to close the record. Closes with
 * `true` to finalize; focus starts on "Keep editing".
 */
@Component({
  selector: 'cb-finalize-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule],
  template: `
    <h2 mat-dialog-title>Finalize this call?</h2>
    <mat-dialog-content>
      <p>
        A finalized call is read-only. Corrections and later information go in a
        dated addendum.
      </p>
      @if (data.warnings.length > 0) {
        <p class="check">
          <strong>Check before you finalize</strong> (you can still finalize):
        </p>
        <ul class="warnings">
          @for (warning of data.warnings; track warning) {
            <li>
              <mat-icon svgIcon="warning" aria-hidden="true" />{{ warning }}
            </li>
          }
        </ul>
      } @else {
        <p>Everything the call screen asks for is filled in.</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        [mat-dialog-close]="false"
        cdkFocusInitial
      >
        Keep editing
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        Finalize call
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .warnings {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .warnings li {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0.25rem 0;
    }
    .warnings mat-icon {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      color: #a85400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FinalizeDialog {
  protected readonly data = inject<FinalizeDialogData>(MAT_DIALOG_DATA);
}
