import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import type {
  Callback,
  UpdateCallbackRequest,
} from '@casebook/shared/contracts';
import {
  catchError,
  concatMap,
  map,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import {
  CallbacksApiActions,
  CallbacksPageActions,
  ScheduleDialogActions,
  type CallbackChange,
} from './callbacks.actions';
import { CallbacksApi } from './callbacks-api';
import { callbacksFeature } from './callbacks.feature';
import { attemptResultLabel } from './callback-labels';

/**
 * Reads the queue shown. A newer request (another tab, a filter) cancels one still
 * running; a 409 or a new call-back reloads, since the server orders and filters.
 */
export const loadQueue$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CallbacksApi),
  ) =>
    actions$.pipe(
      ofType(
        CallbacksPageActions.opened,
        CallbacksPageActions.queueChanged,
        CallbacksPageActions.statusChanged,
        CallbacksPageActions.pageChanged,
        CallbacksPageActions.reloadClicked,
        CallbacksApiActions.callbackUpdated,
        CallbacksApiActions.callbackUpdateStale,
        CallbacksApiActions.callbackCreated,
      ),
      withLatestFrom(store.select(callbacksFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query).pipe(
          map((page) => CallbacksApiActions.queueLoaded({ page })),
          catchError((error: unknown) =>
            of(
              CallbacksApiActions.queueLoadFailed({ error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** What each row action sends. */
function changeOf(
  action:
    | ReturnType<typeof CallbacksPageActions.attemptLogged>
    | ReturnType<typeof CallbacksPageActions.takeClicked>
    | ReturnType<typeof CallbacksPageActions.reassignChosen>
    | ReturnType<typeof CallbacksPageActions.rescheduleChosen>
    | ReturnType<typeof CallbacksPageActions.cancelConfirmed>,
): { change: CallbackChange; request: UpdateCallbackRequest } {
  const version = action.callback.version;
  switch (action.type) {
    case CallbacksPageActions.attemptLogged.type:
      return {
        change: 'attempt',
        request: {
          version,
          attempt: { result: action.result, note: action.note },
        },
      };
    case CallbacksPageActions.takeClicked.type:
      return {
        change: 'take',
        request: { version, assignedToId: action.userId },
      };
    case CallbacksPageActions.reassignChosen.type:
      return {
        change: 'reassign',
        request: { version, assignedToId: action.assignedToId },
      };
    case CallbacksPageActions.rescheduleChosen.type:
      return {
        change: 'reschedule',
        request: { version, dueAt: action.dueAt },
      };
    case CallbacksPageActions.cancelConfirmed.type:
      return { change: 'cancel', request: { version, status: 'cancelled' } };
  }
}

/**
 * Sends a row's change, one after another in the order made. A 409 is never retried
 * for the counselor: a colleague may just have reached the caller.
 */
export const updateCallback$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallbacksApi)) =>
    actions$.pipe(
      ofType(
        CallbacksPageActions.attemptLogged,
        CallbacksPageActions.takeClicked,
        CallbacksPageActions.reassignChosen,
        CallbacksPageActions.rescheduleChosen,
        CallbacksPageActions.cancelConfirmed,
      ),
      concatMap((action) => {
        const { change, request } = changeOf(action);
        const callbackId = action.callback.id;
        return api.update(callbackId, request).pipe(
          map((callback) =>
            CallbacksApiActions.callbackUpdated({ callback, change }),
          ),
          catchError((error: unknown) => {
            const apiError = toApiError(error);
            return of(
              apiError.statusCode === 409
                ? CallbacksApiActions.callbackUpdateStale({
                    callbackId,
                    message: apiError.message,
                  })
                : CallbacksApiActions.callbackUpdateFailed({
                    callbackId,
                    error: apiError,
                  }),
            );
          }),
        );
      }),
    ),
  { functional: true },
);

/** Schedules a call-back; a failure stays in the dialog, on the fields it names. */
export const createCallback$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallbacksApi)) =>
    actions$.pipe(
      ofType(ScheduleDialogActions.submitted),
      concatMap(({ request }) =>
        api.create(request).pipe(
          map((callback) => CallbacksApiActions.callbackCreated({ callback })),
          catchError((error: unknown) =>
            of(
              CallbacksApiActions.callbackCreateFailed({
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

function updatedMessage(callback: Callback, change: CallbackChange): string {
  const which = `${callback.caseNumber} (${callback.caseAlias})`;
  switch (change) {
    case 'attempt': {
      const last = callback.attempts[callback.attempts.length - 1];
      return callback.status === 'done'
        ? `Reached ${which}: call-back done.`
        : `Logged “${attemptResultLabel(last?.result ?? 'no-answer')}” for ${which}; it stays open.`;
    }
    case 'take':
      return `Call-back for ${which} is now yours.`;
    case 'reassign':
      return callback.assignedToName
        ? `Call-back for ${which} is now assigned to ${callback.assignedToName}.`
        : `Call-back for ${which} is back in the team queue.`;
    case 'reschedule':
      return `Call-back for ${which} rescheduled.`;
    case 'cancel':
      return `Call-back for ${which} cancelled.`;
  }
}

/** Every change ends in a message: a confirmation, the reason it failed, or that it was stale. */
export const notifyUpdates$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(
        CallbacksApiActions.callbackUpdated,
        CallbacksApiActions.callbackUpdateFailed,
        CallbacksApiActions.callbackUpdateStale,
        CallbacksApiActions.callbackCreated,
      ),
      tap((action) => {
        switch (action.type) {
          case CallbacksApiActions.callbackUpdated.type:
            notifier.success(updatedMessage(action.callback, action.change));
            break;
          case CallbacksApiActions.callbackUpdateFailed.type:
            notifier.error(
              `The call-back was not changed. ${action.error.message}`,
            );
            break;
          case CallbacksApiActions.callbackUpdateStale.type:
            notifier.error(
              'Someone changed this call-back since the queue was loaded, so nothing was saved. The queue has been reloaded: check it and try again.',
            );
            break;
          case CallbacksApiActions.callbackCreated.type:
            notifier.success(
              `Call-back scheduled for ${action.callback.caseNumber} (${action.callback.caseAlias}).`,
            );
            break;
        }
      }),
    ),
  { functional: true, dispatch: false },
);

/**
 * Starts an outbound call linked to the call-back's case; finalizing it logs the attempt
 * on this call-back.
 */
export const callNow$ = createEffect(
  (
    actions$ = inject(Actions),
    router = inject(Router),
    notifier = inject(Notifier),
  ) =>
    actions$.pipe(
      ofType(CallbacksPageActions.callNowClicked),
      tap(({ callback }) => {
        void router.navigate(['/calls/new'], {
          queryParams: {
            caseId: callback.caseId,
            direction: 'outbound',
            callbackId: callback.id,
          },
        });
        notifier.success(
          `Calling back ${callback.caseNumber} (${callback.caseAlias}): the result is logged on the call-back when you finalize.`,
        );
      }),
    ),
  { functional: true, dispatch: false },
);
