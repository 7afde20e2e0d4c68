import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import type { Callback } from '@casebook/shared/contracts';
import {
  Notifier,
  StaffApi,
  toApiError,
} from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  debounceTime,
  exhaustMap,
  filter,
  forkJoin,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import {
  CallbackSchedulerActions,
  CallCallbacksApiActions,
  CallsApiActions,
  ReferralDirectoryActions,
} from './calls.actions';
import { CallCallbacksApi } from './call-callbacks-api';
import { CALLBACK_NOT_OPEN, callbackConfirmation } from './callback-text';
import { CALLS_TIMING } from './calls-timing';
import { callsFeature } from './calls.feature';
import { selectCallById, selectUserId } from './calls.selectors';

/**
 * Reads the staff list the first time the call-back panel opens (the "Colleague" choice);
 * after a failure, the next opening tries again.
 */
export const loadStaff$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(StaffApi)) =>
    actions$.pipe(
      ofType(CallbackSchedulerActions.opened),
      concatLatestFrom(() => store.select(callsFeature.selectStaff)),
      filter(([, staff]) => staff.items === null),
      exhaustMap(() =>
        api.list().pipe(
          map((staff) => CallCallbacksApiActions.staffLoaded({ staff })),
          catchError((error: unknown) =>
            of(
              CallCallbacksApiActions.staffLoadFailed({
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Schedules a call-back from the call screen; a second Enter while it runs is ignored. */
export const scheduleCallback$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallCallbacksApi)) =>
    actions$.pipe(
      ofType(CallbackSchedulerActions.submitted),
      exhaustMap(({ callId, request }) =>
        api.schedule(request).pipe(
          map((callback) =>
            CallCallbacksApiActions.callbackScheduled({ callId, callback }),
          ),
          catchError((error: unknown) =>
            of(
              CallCallbacksApiActions.callbackScheduleFailed({
                callId,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * A call started from a call-back is final: log the attempt on the call-back. There is
 * no read by id, so its `version` comes from the two open queues the counselor can see.
 * A failure is shown; the finalize itself stands.
 */
export const logCallbackAttempt$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CallCallbacksApi),
  ) =>
    actions$.pipe(
      ofType(CallsApiActions.callFinalized),
      concatLatestFrom(({ record }) => store.select(selectCallById(record.id))),
      filter(([, draft]) => !!draft?.callbackId),
      mergeMap(([{ record }, draft]) => {
        const callbackId = draft?.callbackId as string;
        return forkJoin([api.listOpen('mine'), api.listOpen('team')]).pipe(
          map(([mine, team]) =>
            [...mine.items, ...team.items].find(
              (callback: Callback) => callback.id === callbackId,
            ),
          ),
          switchMap((callback) =>
            callback
              ? api.update(callbackId, {
                  version: callback.version,
                  attempt: {
                    result: draft?.callbackResult ?? 'reached',
                    callId: record.id,
                  },
                })
              : throwError(() => CALLBACK_NOT_OPEN),
          ),
          map((callback) =>
            CallCallbacksApiActions.attemptLogged({
              callId: record.id,
              callback,
            }),
          ),
          catchError((error: unknown) =>
            of(
              CallCallbacksApiActions.attemptLogFailed({
                callId: record.id,
                error:
                  error === CALLBACK_NOT_OPEN
                    ? CALLBACK_NOT_OPEN
                    : toApiError(error),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** The referral directory, a moment after the last key; a newer text cancels an older request. */
export const searchDirectory$ = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(CallCallbacksApi),
    timing = inject(CALLS_TIMING),
  ) =>
    actions$.pipe(
      ofType(ReferralDirectoryActions.queryChanged),
      debounceTime(timing.lookupDebounceMs),
      switchMap(({ referralType, query }) =>
        api.searchDirectory(referralType, query).pipe(
          map((page) =>
            CallCallbacksApiActions.directoryLoaded({
              referralType,
              query,
              items: page.items,
            }),
          ),
          catchError((error: unknown) =>
            of(
              CallCallbacksApiActions.directoryLoadFailed({
                referralType,
                query,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Snackbars for the call-back work. A scheduling error is shown in the panel, next to
 * its field; a failed attempt log has no place of its own, so it is a message here.
 */
export const notifyCallbackResults$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    notifier = inject(Notifier),
  ) =>
    actions$.pipe(
      ofType(
        CallCallbacksApiActions.callbackScheduled,
        CallCallbacksApiActions.attemptLogged,
        CallCallbacksApiActions.attemptLogFailed,
      ),
      concatLatestFrom(() => store.select(selectUserId)),
      tap(([action, userId]) => {
        switch (action.type) {
          case CallCallbacksApiActions.callbackScheduled.type:
            notifier.success(
              `${callbackConfirmation(action.callback, userId)}.`,
            );
            return;
          case CallCallbacksApiActions.attemptLogged.type:
            notifier.success('The attempt was logged on the call-back.');
            return;
          default:
            if (action.error.statusCode === 401) {
              return;
            }
            notifier.error(
              `The call is final, but the attempt could not be logged on the call-back: ${action.error.message}`,
            );
        }
      }),
    ),
  { functional: true, dispatch: false },
);
