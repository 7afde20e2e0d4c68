import { Injector, inject } from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { EMPTY, distinctUntilChanged, from, switchMap, tap } from 'rxjs';

/**
 * Loads the dialog code only when a warning is due: most sessions never see it, and
 * keeping Material's dialog and overlay out of the first download keeps the login fast.
 */
async function loadIdleDialog(injector: Injector) {
  const [dialogModule, idleModule] = await Promise.all([
    import('@angular/material/dialog'),
    import('./idle-dialog'),
  ]);
  return {
    dialog: injector.get(dialogModule.MatDialog),
    component: idleModule.IdleDialog,
  };
}

/**
 * Shows the idle dialog while the store says the warning is up, and closes it when the
 * session is extended or ends. The store, not the dialog, decides: the dialog only asks.
 */
export const openIdleDialog$ = createEffect(
  (store = inject(Store), injector = inject(Injector)) => {
    let dialogRef: MatDialogRef<unknown> | null = null;
    return store.select(authFeature.selectIdleWarning).pipe(
      distinctUntilChanged(),
      // switchMap: if the warning ends while the code is still loading, nothing opens.
      switchMap((warning) => {
        if (!warning) {
          dialogRef?.close();
          return EMPTY;
        }
        return from(loadIdleDialog(injector)).pipe(
          tap(({ dialog, component }) => {
            if (dialogRef) {
              return;
            }
            dialogRef = dialog.open(component, {
              role: 'alertdialog',
              ariaLabelledBy: 'cb-idle-title',
              ariaDescribedBy: 'cb-idle-description',
              // Only the two buttons answer: Escape or a stray click must not look like "stay".
              disableClose: true,
              width: 'min(28rem, calc(100vw - 2rem))',
            });
            dialogRef.afterClosed().subscribe(() => (dialogRef = null));
          }),
        );
      }),
    );
  },
  { functional: true, dispatch: false },
);
