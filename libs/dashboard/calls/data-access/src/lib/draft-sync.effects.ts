import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import type { CallRecord } from '@casebook/shared/contracts';
import {
  EMPTY,
  catchError,
  concatMap,
  fromEvent,
  groupBy,
  map,
  merge,
  mergeMap,
  of,
  switchMap,
  take,
  timeout,
  timer,
  type Observable,
} from 'rxjs';
import {
  AutosaveActions,
  CallPageActions,
  CallsApiActions,
  CaseLookupApiActions,
  DeviceActions,
} from './calls.actions';
import { CallsApi } from './calls-api';
import { callsFeature } from './calls.feature';
import {
  selectCallById,
  selectUnsavedCallIds,
  selectUserId,
} from './calls.selectors';
import { CALLS_TIMING, retryDelay } from './calls-timing';
import { toCallContent } from './draft-content';
import { isEditable, toStoredDraft } from './draft-entity';
import { hasUnsavedChanges, type CallDraft } from './draft-model';
import { DraftStorage } from './draft-storage';
import {
  DISCARD_REQUESTS,
  discardRequest,
  isDiscardRequest,
} from './draft-discard';
import { isRetryable, toSaveError } from './save-errors';

/**
 * 5(a): after every change to a draft, the whole draft goes to the device (localStorage),
 * synchronously, before any request is made: NgRx runs this effect inside the dispatch
 * of the change, and every save waits at least for the next action. A call the server
 * confirmed final is removed — only then. A draft missing from the store (signed out
 * meanwhile) is left alone on the device.
 */
export const persistDraft$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    storage = inject(DraftStorage),
  ) =>
    merge(
      actions$.pipe(
        ofType(
          CallPageActions.newCallStarted,
          CallPageActions.contentChanged,
          CallPageActions.itemAnswered,
          CallPageActions.riskAnswered,
          CallPageActions.disclosureFieldChanged,
          CallPageActions.casePicked,
          CallPageActions.anonymousChosen,
          CallPageActions.changeCaseClicked,
          CallPageActions.disclosureDraftChanged,
          CallPageActions.disclosureRecorded,
          CallPageActions.localCopyDiscarded,
          CallsApiActions.draftSaved,
          CallsApiActions.draftSaveFailed,
          CallsApiActions.callLoaded,
          CallsApiActions.callFinalized,
          DeviceActions.draftRestored,
        ),
        map((action) =>
          'id' in action
            ? action.id
            : 'record' in action
              ? action.record.id
              : action.draft.id,
        ),
      ),
      actions$.pipe(
        ofType(
          CaseLookupApiActions.caseCreated,
          CaseLookupApiActions.linkedCaseLoaded,
        ),
        map((action) => action.callId),
      ),
    ).pipe(
      concatLatestFrom((id) => [
        store.select(selectCallById(id)),
        store.select(selectUserId),
        store.select(callsFeature.selectDeviceError),
      ]),
      mergeMap(([id, draft, userId, deviceError]) => {
        if (!userId) {
          return EMPTY;
        }
        if (!draft) {
          return EMPTY;
        }
        if (draft.record?.status === 'final' && !hasUnsavedChanges(draft)) {
          storage.remove(userId, id);
          return EMPTY;
        }
        const result = storage.write(toStoredDraft(draft, userId));
        if (!result.ok) {
          return of(
            DeviceActions.draftWriteFailed({ id, reason: result.reason }),
          );
        }
        return deviceError ? of(DeviceActions.draftWriteRecovered()) : EMPTY;
      }),
    ),
  { functional: true },
);

/** A local-only call the counselor discarded leaves the device too. */
export const forgetDiscardedDraft$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    storage = inject(DraftStorage),
  ) =>
    actions$.pipe(
      ofType(CallPageActions.localCopyDiscarded),
      concatLatestFrom(({ id }) => [
        store.select(selectCallById(id)),
        store.select(selectUserId),
      ]),
      map(([{ id }, draft, userId]) => {
        if (userId && !draft) {
          storage.remove(userId, id);
        }
      }),
    ),
  { functional: true, dispatch: false },
);

/**
 * 5(b): a save is due 2 s after the last change of a call, or at once when a field loses
 * focus, a case is linked, the counselor asks for it, or a new call starts (so the
 * server has it early). Per call: another call's typing never delays this one.
 */
export const scheduleAutosave$ = createEffect(
  (actions$ = inject(Actions), timing = inject(CALLS_TIMING)) =>
    merge(
      actions$.pipe(
        ofType(
          CallPageActions.contentChanged,
          CallPageActions.itemAnswered,
          CallPageActions.riskAnswered,
        ),
        map(({ id }) => ({ id, immediate: false })),
      ),
      actions$.pipe(
        ofType(
          CallPageActions.fieldBlurred,
          CallPageActions.saveNowRequested,
          CallPageActions.newCallStarted,
          CallPageActions.casePicked,
          CallPageActions.anonymousChosen,
          CallPageActions.disclosureRecorded,
        ),
        map(({ id }) => ({ id, immediate: true })),
      ),
      actions$.pipe(
        ofType(CaseLookupApiActions.caseCreated),
        map(({ callId }) => ({ id: callId, immediate: true })),
      ),
    ).pipe(
      groupBy(({ id }) => id),
      mergeMap((changes$) =>
        changes$.pipe(
          switchMap(({ id, immediate }) =>
            immediate
              ? of(id)
              : timer(timing.autosaveDelayMs).pipe(map(() => id)),
          ),
        ),
      ),
      map((id) => AutosaveActions.saveDue({ id })),
    ),
  { functional: true },
);

/**
 * Sends a draft's whole content: a POST with our id while the server has never
 * confirmed it (a 200 means it already had the call, with older content, so a PATCH
 * follows), else a PATCH. The revision sent travels with the reply.
 */
function sendContent(
  api: CallsApi,
  draft: CallDraft,
  timeoutMs: number,
): Observable<CallRecord> {
  const body = toCallContent(draft.content);
  const request$ = draft.createdOnServer
    ? api.update(draft.id, body)
    : api
        .create({ id: draft.id, ...body })
        .pipe(
          concatMap(({ record, created }) =>
            created ? of(record) : api.update(draft.id, body),
          ),
        );
  return request$.pipe(timeout(timeoutMs));
}

/**
 * Every write of a call to the server, one after another, so a save, a finalize and a
 * discard can never cross on the wire (a late autosave would otherwise meet a 409). The draft is read
 * when its turn comes, so a queued save sends the newest content.
 */
export const writeCall$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(CallsApi),
    timing = inject(CALLS_TIMING),
  ) =>
    actions$.pipe(
      ofType(
        AutosaveActions.saveDue,
        CallPageActions.finalizeConfirmed,
        ...DISCARD_REQUESTS,
      ),
      concatMap((action) =>
        store.select(selectCallById(action.id)).pipe(
          take(1),
          concatMap((draft) => {
            // A discard waits its turn behind the call's saves (ADR 32).
            if (isDiscardRequest(action)) {
              return discardRequest(
                api,
                action,
                draft,
                timing.requestTimeoutMs,
              );
            }
            if (!draft) {
              return EMPTY;
            }
            if (action.type === CallPageActions.finalizeConfirmed.type) {
              return finalizeDraft(api, draft, timing.requestTimeoutMs);
            }
            if (!hasUnsavedChanges(draft) || !isEditable(draft)) {
              return EMPTY;
            }
            const revision = draft.revision;
            return sendContent(api, draft, timing.requestTimeoutMs).pipe(
              map((record) =>
                CallsApiActions.draftSaved({ id: draft.id, record, revision }),
              ),
              catchError((error: unknown) =>
                of(
                  CallsApiActions.draftSaveFailed({
                    id: draft.id,
                    error: toSaveError(error),
                    revision,
                  }),
                ),
              ),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

/** Saves what is unsaved, then finalizes; the local copy goes only when the server says final. */
function finalizeDraft(api: CallsApi, draft: CallDraft, timeoutMs: number) {
  const revision = draft.revision;
  const saved$: Observable<CallRecord | null> = hasUnsavedChanges(draft)
    ? sendContent(api, draft, timeoutMs)
    : of(null);
  return saved$.pipe(
    concatMap((saved) =>
      api.finalize(draft.id).pipe(
        timeout(timeoutMs),
        concatMap((record) =>
          saved
            ? of(
                CallsApiActions.draftSaved({
                  id: draft.id,
                  record: saved,
                  revision,
                }),
                CallsApiActions.callFinalized({ record }),
              )
            : of(CallsApiActions.callFinalized({ record })),
        ),
      ),
    ),
    catchError((error: unknown) =>
      of(
        CallsApiActions.finalizeFailed({
          id: draft.id,
          error: toSaveError(error),
        }),
      ),
    ),
  );
}

/**
 * 5(d): a save that failed for a passing reason is tried again after 2, 4, 8 … 60 s.
 * A newer result for the same call (saved, failed again, finalized) replaces the wait.
 */
export const retryFailedSaves$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    timing = inject(CALLS_TIMING),
  ) =>
    actions$.pipe(
      ofType(
        CallsApiActions.draftSaveFailed,
        CallsApiActions.draftSaved,
        CallsApiActions.callFinalized,
      ),
      groupBy((action) => ('id' in action ? action.id : action.record.id)),
      mergeMap((results$) =>
        results$.pipe(
          switchMap((action) =>
            action.type === CallsApiActions.draftSaveFailed.type &&
            isRetryable(action.error)
              ? store.select(selectCallById(action.id)).pipe(
                  take(1),
                  switchMap((draft) =>
                    draft
                      ? timer(retryDelay(draft.saveAttempts, timing)).pipe(
                          map(() => draft.id),
                        )
                      : EMPTY,
                  ),
                )
              : EMPTY,
          ),
        ),
      ),
      map((id) => AutosaveActions.saveDue({ id })),
    ),
  { functional: true },
);

/** The browser's `online` event, as an action. */
export const watchConnection$ = createEffect(
  (document = inject(DOCUMENT)) => {
    const window = document.defaultView;
    return window
      ? fromEvent(window, 'online').pipe(map(() => DeviceActions.backOnline()))
      : EMPTY;
  },
  { functional: true },
);

/**
 * Sends every unsaved call again when the connection returns, and when calls come back
 * from the device (a reload, a crash, signing in again): the server gets what it missed.
 */
export const saveUnsavedCalls$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        DeviceActions.backOnline,
        DeviceActions.localDraftsFound,
        DeviceActions.draftRestored,
      ),
      concatLatestFrom(() => store.select(selectUnsavedCallIds)),
      mergeMap(([action, ids]) => {
        const wanted =
          action.type === DeviceActions.draftRestored.type
            ? ids.filter((id) => id === action.draft.id)
            : action.type === DeviceActions.localDraftsFound.type
              ? ids.filter((id) =>
                  action.drafts.some((draft) => draft.id === id),
                )
              : ids;
        return wanted.map((id) => AutosaveActions.saveDue({ id }));
      }),
    ),
  { functional: true },
);
