import type { Action } from '@ngrx/store';
import { catchError, map, of, timeout, type Observable } from 'rxjs';
import {
  CallPageActions,
  CallsApiActions,
  MyDraftsPageActions,
} from './calls.actions';
import type { CallsApi } from './calls-api';
import type { CallDraft } from './draft-model';
import { toSaveError } from './save-errors';

/** The three ways a draft comes to be discarded (ADR 32). */
export const DISCARD_REQUESTS = [
  CallPageActions.discardConfirmed,
  MyDraftsPageActions.discardConfirmed,
  CallPageActions.leftEmpty,
] as const;

export type DiscardRequest = ReturnType<(typeof DISCARD_REQUESTS)[number]>;

export function isDiscardRequest(action: Action): action is DiscardRequest {
  return DISCARD_REQUESTS.some((creator) => creator.type === action.type);
}

/**
 * Asks the server to discard a draft; runs in the call's write queue, after any save or
 * create already on its way. A draft the server never had (`404` for a call only this
 * device knew) is discarded on the device alone. An empty draft left behind is discarded
 * only if the server's copy is empty too (`onlyIfEmpty`); when it is not, or the server
 * cannot be reached, the draft is kept: it is never lost by leaving a page.
 */
export function discardRequest(
  api: CallsApi,
  action: DiscardRequest,
  draft: CallDraft | null | undefined,
  timeoutMs: number,
): Observable<Action> {
  const asked = action.type !== CallPageActions.leftEmpty.type;
  const { id } = action;
  return api.discard(id, !asked).pipe(
    timeout(timeoutMs),
    map(() => CallsApiActions.draftDiscarded({ id, asked })),
    catchError((error: unknown) => {
      const failure = toSaveError(error);
      if (failure.statusCode === 404 && draft && !draft.createdOnServer) {
        return of(CallsApiActions.draftDiscarded({ id, asked }));
      }
      return of(
        asked
          ? CallsApiActions.discardFailed({ id, error: failure })
          : CallsApiActions.emptyDraftKept({ id }),
      );
    }),
  );
}
