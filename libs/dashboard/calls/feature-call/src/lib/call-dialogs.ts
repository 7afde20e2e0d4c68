import { Injectable, Injector, PendingTasks, inject } from '@angular/core';
import type { FinalizeDialogResult } from '@casebook/dashboard/calls/ui';
import { from, switchMap, type Observable } from 'rxjs';
import type { CallDialogOpener } from './call-dialog-opener';

/**
 * The call screen's two dialogs: "finalize?" and the "?" keyboard map. The code that opens
 * them (Material's dialog and overlay with it) is fetched the first time one is asked for,
 * not before the call screen's first paint (ADR 36).
 */
@Injectable({ providedIn: 'root' })
export class CallDialogs {
  private readonly injector = inject(Injector);
  private readonly pendingTasks = inject(PendingTasks);
  private opener: CallDialogOpener | null = null;
  private loading: Promise<CallDialogOpener> | null = null;

  /** A dialog is up, or on its way: the page's shortcuts stand aside for it. */
  isOpen(): boolean {
    return this.opener ? this.opener.isOpen() : this.loading !== null;
  }

  /**
   * Asks before finalizing, listing the warnings (and, for a call started from a
   * call-back, what came of it); emits the choice, or null to keep editing.
   */
  confirmFinalize(
    warnings: string[],
    askCallbackResult = false,
  ): Observable<FinalizeDialogResult | null> {
    return from(this.load()).pipe(
      switchMap((opener) =>
        opener.confirmFinalize(warnings, askCallbackResult),
      ),
    );
  }

  showShortcuts(): void {
    void this.load().then((opener) => opener.showShortcuts());
  }

  /** The opener, fetched once; the app counts as busy (tests wait) until it is here. */
  private load(): Promise<CallDialogOpener> {
    if (this.opener) {
      return Promise.resolve(this.opener);
    }
    if (!this.loading) {
      const done = this.pendingTasks.add();
      this.loading = import('./call-dialog-opener')
        .then(({ CallDialogOpener }) => {
          this.opener = new CallDialogOpener(this.injector);
          return this.opener;
        })
        .finally(() => {
          this.loading = null;
          // After the caller's `then` has opened the dialog, so a settled app shows it.
          setTimeout(done);
        });
    }
    return this.loading;
  }
}
