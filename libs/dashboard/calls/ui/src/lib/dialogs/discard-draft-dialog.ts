import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** What the discard dialog says about the draft. */
export interface DiscardDraftDialogData {
  /** When the call started, as the screen shows it ("12/3/26, 2:05 PM"). */
  startedText: string;
}

/**
 * Asks before a draft is set aside (ADR 32). Closes with `true` to discard; focus starts on
 * "Keep draft", so Enter pressed by habit keeps it.
 */
@Component({
  selector: 'cb-discard-draft-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Discard this draft?</h2>
    <mat-dialog-content>
      <p>
        The call started {{ data.startedText }} leaves My drafts and the live
        board.
      </p>
      <p>
        It is not deleted: the audit trail keeps it and a supervisor can still
        read it. It can no longer be edited or finalized.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        [mat-dialog-close]="false"
        cdkFocusInitial
      >
        Keep draft
      </button>
      <button
        mat-flat-button
        type="button"
        class="discard"
        [mat-dialog-close]="true"
      >
        Discard draft
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .discard {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscardDraftDialog {
  protected readonly data = inject<DiscardDraftDialogData>(MAT_DIALOG_DATA);
}
