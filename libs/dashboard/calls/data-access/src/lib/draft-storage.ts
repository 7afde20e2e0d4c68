import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { StoredCallDraft } from './draft-model';

/** Every key starts with this; the user id and the call id follow. */
export const CALL_DRAFT_KEY_PREFIX = 'casebook.callDraft.v1.';
/** The text of an addendum being written to a finalized call. */
export const ADDENDUM_DRAFT_KEY_PREFIX = 'casebook.addendumDraft.v1.';

/** `casebook.callDraft.v1.<userId>.<callId>`. */
export function callDraftKey(userId: string, callId: string): string {
  return `${CALL_DRAFT_KEY_PREFIX}${userId}.${callId}`;
}

/** `casebook.addendumDraft.v1.<userId>.<callId>`. */
export function addendumDraftKey(userId: string, callId: string): string {
  return `${ADDENDUM_DRAFT_KEY_PREFIX}${userId}.${callId}`;
}

/** What a write did; a failed write must be shown, since the device copy is the safety net. */
export type StorageWriteResult = { ok: true } | { ok: false; reason: string };

/**
 * The device copy of call drafts, in localStorage, one key per user and call. localStorage
 * (not sessionStorage) on purpose: the copy must outlive a reload, a browser crash, an idle
 * sign-out and the tab itself. It is keyed by user id so that the next person at a shared
 * workstation never sees it, and it is NOT cleared on sign-out — only when the server
 * confirms the call is final, or the counselor discards it.
 *
 * Every method is synchronous: a change is on the device before anything else happens.
 */
@Injectable({ providedIn: 'root' })
export class DraftStorage {
  private readonly window = inject(DOCUMENT).defaultView;

  private get storage(): Storage | null {
    try {
      return this.window?.localStorage ?? null;
    } catch {
      // A browser that blocks storage throws on access.
      return null;
    }
  }

  /** Keeps the draft; never throws. */
  write(draft: StoredCallDraft): StorageWriteResult {
    return this.setItem(
      callDraftKey(draft.userId, draft.id),
      JSON.stringify(draft),
    );
  }

  /** The user's copy of one call, or null. */
  read(userId: string, callId: string): StoredCallDraft | null {
    return parseDraft(this.getItem(callDraftKey(userId, callId)), userId);
  }

  /** Every call this user has on this device, newest first. */
  list(userId: string): StoredCallDraft[] {
    const storage = this.storage;
    if (!storage) {
      return [];
    }
    const prefix = `${CALL_DRAFT_KEY_PREFIX}${userId}.`;
    const drafts: StoredCallDraft[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) {
          const draft = parseDraft(storage.getItem(key), userId);
          if (draft) {
            drafts.push(draft);
          }
        }
      }
    } catch {
      return drafts;
    }
    return drafts.sort((a, b) =>
      b.content.startedAt.localeCompare(a.content.startedAt),
    );
  }

  /** Forgets one call's copy (after the server confirmed it final, or on discard). */
  remove(userId: string, callId: string): void {
    this.removeItem(callDraftKey(userId, callId));
    this.removeItem(addendumDraftKey(userId, callId));
  }

  /** Keeps the addendum being typed; an empty text removes it. */
  writeAddendum(
    userId: string,
    callId: string,
    text: string,
  ): StorageWriteResult {
    const key = addendumDraftKey(userId, callId);
    if (!text) {
      this.removeItem(key);
      return { ok: true };
    }
    return this.setItem(key, text);
  }

  /** The addendum being typed, or ''. */
  readAddendum(userId: string, callId: string): string {
    return this.getItem(addendumDraftKey(userId, callId)) ?? '';
  }

  private getItem(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private setItem(key: string, value: string): StorageWriteResult {
    const storage = this.storage;
    if (!storage) {
      return { ok: false, reason: 'this browser does not allow storage' };
    }
    try {
      storage.setItem(key, value);
      return { ok: true };
    } catch (error: unknown) {
      const full =
        error instanceof DOMException && error.name === 'QuotaExceededError';
      return {
        ok: false,
        reason: full
          ? 'the browser storage is full'
          : 'the browser refused to store it',
      };
    }
  }

  private removeItem(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing could be kept either, so nothing is left behind.
    }
  }
}

function parseDraft(
  raw: string | null,
  userId: string,
): StoredCallDraft | null {
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<StoredCallDraft> | null;
    if (
      value?.format === 1 &&
      value.userId === userId &&
      typeof value.id === 'string' &&
      typeof value.revision === 'number' &&
      typeof value.content === 'object' &&
      value.content !== null &&
      typeof value.content.startedAt === 'string'
    ) {
      return value as StoredCallDraft;
    }
  } catch {
    // A damaged entry is left where it is rather than thrown away: someone may recover it.
  }
  return null;
}
