/**
 * A draft with no save for this long is no longer a call in progress: the live board moves
 * it from "Calls in progress" to "Unfinished drafts" (issue 12 asks for 30 minutes; the
 * threshold is that request, not a clinical figure — ADR 32).
 */
export const STALE_DRAFT_MINUTES = 30;

/** Whether a draft last saved at `savedAt` is unfinished at `now`: exactly 30 minutes is. */
export function isStaleDraft(savedAt: Date, now: Date): boolean {
  return now.getTime() - savedAt.getTime() >= STALE_DRAFT_MINUTES * 60_000;
}

/** The latest save time at which a draft is stale at `now` (for a database filter). */
export function staleDraftSavedBefore(now: Date): Date {
  return new Date(now.getTime() - STALE_DRAFT_MINUTES * 60_000);
}
