import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { map, tap } from 'rxjs';
import { CallsApiActions } from './calls.actions';
import { selectUserId } from './calls.selectors';
import { DraftStorage } from './draft-storage';

/** A discarded draft leaves the device too: nothing would send it again. */
export const forgetDiscardedCopy$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    storage = inject(DraftStorage),
  ) =>
    actions$.pipe(
      ofType(CallsApiActions.draftDiscarded),
      concatLatestFrom(() => store.select(selectUserId)),
      map(([{ id }, userId]) => {
        if (userId) {
          storage.remove(userId, id);
        }
      }),
    ),
  { functional: true, dispatch: false },
);

/** Says how a discard the counselor asked for ended; an empty draft left behind goes quietly. */
export const reportDiscard$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(CallsApiActions.draftDiscarded, CallsApiActions.discardFailed),
      tap((action) => {
        if (action.type === CallsApiActions.discardFailed.type) {
          notifier.error(`Draft not discarded: ${action.error.message}`);
        } else if (action.asked) {
          notifier.success('Draft discarded. The audit trail keeps it.');
        }
      }),
    ),
  { functional: true, dispatch: false },
);

/** Discarded from its own call screen: the counselor lands on My drafts. */
export const leaveDiscardedCall$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(CallsApiActions.draftDiscarded),
      tap(({ id, asked }) => {
        if (asked && router.url === `/calls/${id}`) {
          void router.navigateByUrl('/calls/drafts');
        }
      }),
    ),
  { functional: true, dispatch: false },
);
