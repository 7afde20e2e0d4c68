import { Injectable, inject } from '@angular/core';
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
 * The dialogs open on a key (Ctrl+Enter, ?): their focus is placed at their first render,
 * which follows the key at once (ADR 33), not after the opening animation, so the next key
 * already lands in the dialog instead of the page behind it.
 */
const FOCUS_AT_FIRST_RENDER = { delayFocusTrap: false } as const;

/** The call screen's two dialogs: "finalize?" and the "?" keyboard map. */
@Injectable({ providedIn: 'root' })
export class CallDialogs {
  private readonly dialog = inject(MatDialog);

  /** A dialog is up: the page's shortcuts stand aside for it. */
  isOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }

  /**
   * Asks before finalizing, listing the warnings (and, for a call started from a
   * call-back, what came of it); emits the choice, or null to keep editing.
   */
  confirmFinalize(
    warnings: string[],
    askCallbackResult = false,
    saveState?: FinalizeDialogData['saveState'],
  ): Observable<FinalizeDialogResult | null> {
    return this.dialog
      .open<FinalizeDialog, FinalizeDialogData, FinalizeDialogResult | false>(
        FinalizeDialog,
        {
          data: { warnings, askCallbackResult, saveState },
          width: DIALOG_WIDTH,
          role: 'alertdialog',
          ...FOCUS_AT_FIRST_RENDER,
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
        ...FOCUS_AT_FIRST_RENDER,
      },
    );
  }
}
