import type { Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import {
  FinalizeDialog,
  ShortcutsDialog,
  type FinalizeDialogData,
  type FinalizeDialogResult,
  type ShortcutGroup,
} from '@casebook/dashboard/calls/ui/dialogs';
import { map, type Observable } from 'rxjs';
import { CALL_SHORTCUT_GROUPS } from './call-shortcuts';

const DIALOG_WIDTH = 'min(36rem, calc(100vw - 2rem))';

/**
 * Opens the call screen's two dialogs. Loaded by `CallDialogs` on first use, so Material's
 * dialog and these components are not part of the call screen's first download (ADR 36).
 */
export class CallDialogOpener {
  private readonly dialog: MatDialog;

  constructor(injector: Injector) {
    this.dialog = injector.get(MatDialog);
  }

  isOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }

  confirmFinalize(
    warnings: string[],
    askCallbackResult: boolean,
  ): Observable<FinalizeDialogResult | null> {
    return this.dialog
      .open<FinalizeDialog, FinalizeDialogData, FinalizeDialogResult | false>(
        FinalizeDialog,
        {
          data: { warnings, askCallbackResult },
          width: DIALOG_WIDTH,
          role: 'alertdialog',
        },
      )
      .afterClosed()
      .pipe(map((choice) => (choice ? choice : null)));
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
