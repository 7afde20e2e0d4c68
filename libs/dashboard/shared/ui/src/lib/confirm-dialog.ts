import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** What the confirm dialog asks. */
export interface ConfirmDialogData {
  title: string;
  /** The consequence, in plain words: what happens at once and what can be undone. */
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
}

/**
 * Asks before a consequential action. Closes with `true` on confirm; anything else
 * (cancel, Escape, backdrop) means no. Focus starts on Cancel so Enter never confirms
 * by accident.
 */
@Component({
  selector: 'cb-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule],
  templateUrl: './confirm-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  /** The question, from `MatDialog.open(ConfirmDialog, { data })`. */
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
