import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { IDLE_WARNING_SECONDS } from '@casebook/shared/domain';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import {
  EMPTY,
  distinctUntilChanged,
  map,
  merge,
  switchMap,
  timer,
} from 'rxjs';
import { SessionTimerActions } from './auth.actions';
import { authFeature } from './auth.feature';

/**
 * Runs from the latest expiry the API sent: warns `IDLE_WARNING_SECONDS` before it and
 * signs out locally when it passes. Every new expiry (any authenticated reply) restarts
 * it; signing out (no expiry) stops it. Timers may fire late in a background tab, never
 * early, and a late sign-out is still right because the server has ended the session.
 */
export const idleTimer$ = createEffect(
  (store = inject(Store), clock = inject(CLOCK)) =>
    store.select(authFeature.selectExpiresAt).pipe(
      distinctUntilChanged(),
      switchMap((expiresAt) => {
        if (!expiresAt) {
          return EMPTY;
        }
        const msLeft = Date.parse(expiresAt) - clock.now();
        return merge(
          timer(Math.max(0, msLeft - IDLE_WARNING_SECONDS * 1000)).pipe(
            map(() => SessionTimerActions.warningDue()),
          ),
          timer(Math.max(0, msLeft)).pipe(
            map(() => SessionTimerActions.expired()),
          ),
        );
      }),
    ),
  { functional: true },
);
