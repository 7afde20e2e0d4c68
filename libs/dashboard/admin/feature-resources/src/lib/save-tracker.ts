import { effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import type { ApiError } from '@casebook/shared/contracts';
import { resourcesFeature } from './resources.feature';

/** What a dialog does when the change it submitted has been answered. */
export interface SaveHandlers {
  saved(): void;
  failed(error: ApiError): void;
}

/**
 * Lets a dialog follow the store's save status for the change it submitted, and only
 * that one: a result is acted on only when the status changes after `submitted()`, so
 * an earlier change's result (or the same failure seen again) is never taken for it.
 * Call from a constructor (it needs an injection context).
 */
export function trackSave(handlers: SaveHandlers): { submitted(): void } {
  const store = inject(Store);
  const status = store.selectSignal(resourcesFeature.selectSaveStatus);
  const error = store.selectSignal(resourcesFeature.selectSaveError);
  // Deliberately not a signal: submitting must not re-run the effect on the old status.
  let waiting = false;

  effect(() => {
    const current = status();
    untracked(() => {
      if (!waiting || (current !== 'saved' && current !== 'failed')) {
        return;
      }
      waiting = false;
      const apiError = error();
      if (current === 'saved') {
        handlers.saved();
      } else if (apiError) {
        handlers.failed(apiError);
      }
    });
  });

  return { submitted: () => (waiting = true) };
}
