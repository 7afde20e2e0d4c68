import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import {
  FinalizeDialog,
  ShortcutsDialog,
  type FinalizeDialogData,
  type ShortcutGroup,
} from '@casebook/dashboard/calls/ui';
import { map, type Observable } from 'rxjs';
import { CALL_SHORTCUT_GROUPS } from './call-shortcuts';

const DIALOG_WIDTH = 'min(36rem, calc(100vw - 2rem))';

/** The call screen's two dialogs: "finalize?" and the "?" keyboard map. */
@Injectable({ providedIn: 'root' })
export class CallDialogs {
  private readonly dialog = inject(MatDialog);

  /** A dialog is up: the page's shortcuts stand aside for it. */
  isOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }

  /** Asks before finalizing, listing the warnings; emits true to finalize. */
  confirmFinalize(warnings: string[]): Observable<boolean> {
    return this.dialog
      .open<FinalizeDialog, FinalizeDialogData, boolean>(FinalizeDialog, {
        data: { warnings },
        width: DIALOG_WIDTH,
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(map((confirmed) => confirmed === true));
  }

  showShortcuts(): void {
    this.dialog.open<ShortcutsDialog, readonly ShortcutGroup[]>(
      ShortcutsDialog,
      {
        data: CALL_SHORTCUT_GROUPS,
        width: DIALOG_WIDTH,
        ariaLabel: 'Keyboard shortcuts',
      },
    );
  }
}
