import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import {
  EMPTY,
  catchError,
  concat,
  concatMap,
  filter,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  CallPageActions,
  CallsApiActions,
  CaseLookupApiActions,
  DeviceActions,
  FinalCallActions,
  MyDraftsPageActions,
} from './calls.actions';
import { CallsApi } from './calls-api';
import { callsFeature } from './calls.feature';
import { selectCallById, selectUserId } from './calls.selectors';
import { DraftStorage } from './draft-storage';

/**
 * Opens `/calls/:id`: this device's copy first (instant, and it may hold words the server
 * never got), then the server's record — unless the call is in memory and the server has
 * never had it (a new call whose create is still on its way).
 */
export const openCall$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CallsApi),
    storage = inject(DraftStorage),
  ) =>
    actions$.pipe(
      ofType(CallPageActions.opened),
      concatLatestFrom(({ id }) => [
        store.select(selectUserId),
        store.select(selectCallById(id)),
      ]),
      switchMap(([{ id }, userId, inMemory]) => {
        const stored = userId ? storage.read(userId, id) : null;
        const addendum = userId ? storage.readAddendum(userId, id) : '';
        const restored$ = stored
          ? of(DeviceActions.draftRestored({ draft: stored }))
          : EMPTY;
        const load$ =
          inMemory && !inMemory.createdOnServer
            ? EMPTY
            : api.get(id).pipe(
                map((record) => CallsApiActions.callLoaded({ record })),
                catchError((error: unknown) =>
                  of(
                    CallsApiActions.callLoadFailed({
                      id,
                      error: toApiError(error),
                    }),
                  ),
                ),
              );
        const addendum$ = addendum
          ? of(DeviceActions.addendumRestored({ id, text: addendum }))
          : EMPTY;
        return concat(restored$, load$, addendum$);
      }),
    ),
  { functional: true },
);

/** 5(e): "My drafts" brings back every call this user left on this device. */
export const resumeLocalDrafts$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    storage = inject(DraftStorage),
  ) =>
    actions$.pipe(
      ofType(MyDraftsPageActions.opened),
      concatLatestFrom(() => store.select(selectUserId)),
      filter(([, userId]) => userId !== null),
      map(([, userId]) =>
        DeviceActions.localDraftsFound({
          drafts: storage.list(userId as string),
        }),
      ),
    ),
  { functional: true },
);

/** The signed-in counselor's server drafts, newest first. */
export const loadDrafts$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CallsApi)) =>
    actions$.pipe(
      ofType(MyDraftsPageActions.opened, MyDraftsPageActions.pageChanged),
      concatLatestFrom(() => [
        store.select(selectUserId),
        store.select(callsFeature.selectDraftList),
      ]),
      filter(([, userId]) => userId !== null),
      switchMap(([, userId, list]) =>
        api.listDrafts(userId as string, list.pageIndex, list.pageSize).pipe(
          map((page) => CallsApiActions.draftsLoaded({ page })),
          catchError((error: unknown) =>
            of(CallsApiActions.draftsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A 409 on a save means the call became final elsewhere: read it, so the screen turns read-only. */
export const reloadFinalizedCall$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallsApi)) =>
    actions$.pipe(
      ofType(CallsApiActions.draftSaveFailed),
      filter(({ error }) => error.statusCode === 409),
      switchMap(({ id }) =>
        api.get(id).pipe(
          map((record) => CallsApiActions.callLoaded({ record })),
          catchError((error: unknown) =>
            of(
              CallsApiActions.callLoadFailed({ id, error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Adds an addendum to a final call. */
export const addAddendum$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallsApi)) =>
    actions$.pipe(
      ofType(FinalCallActions.addendumSubmitted),
      concatMap(({ id, text }) =>
        api.addAddendum(id, text).pipe(
          map((record) => CallsApiActions.addendumAdded({ record })),
          catchError((error: unknown) =>
            of(
              CallsApiActions.addendumFailed({ id, error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The addendum being typed is kept on the device too, and forgotten once the server has it. */
export const persistAddendum$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    storage = inject(DraftStorage),
  ) =>
    actions$.pipe(
      ofType(
        FinalCallActions.addendumTextChanged,
        CallsApiActions.addendumAdded,
      ),
      concatLatestFrom(() => store.select(selectUserId)),
      concatMap(([action, userId]) => {
        if (!userId) {
          return EMPTY;
        }
        const [id, text] =
          action.type === CallsApiActions.addendumAdded.type
            ? [action.record.id, '']
            : [action.id, action.text];
        const result = storage.writeAddendum(userId, id, text);
        return result.ok
          ? EMPTY
          : of(DeviceActions.draftWriteFailed({ id, reason: result.reason }));
      }),
    ),
  { functional: true },
);

/**
 * Results the counselor must hear about that have no place of their own on the screen.
 * Save problems are on the status line, lookup problems in the lookup. A 401 has already
 * signed the user out, and the login page says why.
 */
export const notifyCallResults$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(
        CallsApiActions.callFinalized,
        CallsApiActions.finalizeFailed,
        CallsApiActions.addendumAdded,
        CallsApiActions.addendumFailed,
        CaseLookupApiActions.caseCreated,
        CaseLookupApiActions.linkedCaseLoadFailed,
        DeviceActions.draftWriteFailed,
      ),
      tap((action) => {
        switch (action.type) {
          case CallsApiActions.callFinalized.type:
            notifier.success(
              'Call finalized. It is now read-only; corrections go in an addendum.',
            );
            return;
          case CaseLookupApiActions.caseCreated.type:
            notifier.success(
              `Case ${action.created.caseNumber} created and linked to this call.`,
            );
            return;
          case CallsApiActions.addendumAdded.type:
            notifier.success('Addendum added.');
            return;
          case DeviceActions.draftWriteFailed.type:
            notifier.error(
              `This call could not be kept on this device: ${action.reason}. Keep the page open.`,
            );
            return;
          default:
            if (action.error.statusCode === 401) {
              return;
            }
            notifier.error(failureMessage(action.type, action.error.message));
        }
      }),
    ),
  { functional: true, dispatch: false },
);

function failureMessage(type: string, message: string): string {
  if (type === CallsApiActions.finalizeFailed.type) {
    return `Could not finalize: ${message} The call is still a draft and is kept on this device.`;
  }
  if (type === CallsApiActions.addendumFailed.type) {
    return `Could not add the addendum: ${message} Your text is kept on this device.`;
  }
  return `Could not read the case's caller alert: ${message}`;
}
