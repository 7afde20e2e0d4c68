import { createSelector } from '@ngrx/store';
import {
  hasUnsavedChanges,
  type CallDraft,
  type SaveStatus,
} from './draft-model';
import { isRetryable } from './save-errors';
import { selectCurrentCall } from './calls.selectors';

/**
 * Whether the draft reached the server, as every part of the call screen tells it: the
 * header's status line and the finalize dialog read this one value (issue 12 item 7).
 */
export interface DraftSaveState {
  status: SaveStatus;
  /** The server's (or the network's) message when not saved. */
  errorMessage: string | null;
  /** The failure is retried by itself (server busy, offline); a refusal is not. */
  willRetry: boolean;
  /** The server has every change typed so far. */
  onServer: boolean;
}

export function draftSaveState(draft: CallDraft): DraftSaveState {
  const error = draft.saveError;
  return {
    status: draft.saveStatus,
    errorMessage: error?.message ?? null,
    willRetry: error ? isRetryable(error) : false,
    onServer: !hasUnsavedChanges(draft),
  };
}

/** The save state of the call on screen; null before it is in the store. */
export const selectCurrentSaveState = createSelector(
  selectCurrentCall,
  (draft) => (draft ? draftSaveState(draft) : null),
);
