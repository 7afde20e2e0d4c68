import type { ApiError, Callback } from '@casebook/shared/contracts';

/** The call-back a call was started from is no longer in either open queue. */
export const CALLBACK_NOT_OPEN: ApiError = {
  statusCode: 404,
  error: 'Not Found',
  message:
    'the call-back is no longer open in your queue or the team queue (done, cancelled or reassigned).',
};

/**
 * "Tue 09:00" in local time for a due time within the coming week, "Tue 2 Dec 09:00"
 * beyond it: the counselor reads it back to the caller.
 */
export function callbackDueText(dueAt: string, now: number): string {
  const due = new Date(dueAt);
  const withinWeek = due.getTime() - now < 6 * 86_400_000;
  const day = due.toLocaleDateString(
    undefined,
    withinWeek
      ? { weekday: 'short' }
      : { weekday: 'short', day: 'numeric', month: 'short' },
  );
  const time = due.toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day} ${time}`;
}

/** "Call-back scheduled for Tue 09:00, assigned to you" (or "to the team", or to whom). */
export function callbackConfirmation(
  callback: Pick<Callback, 'dueAt' | 'assignedToId' | 'assignedToName'>,
  myUserId: string | null,
  now: number,
): string {
  const assignee =
    callback.assignedToId === null
      ? 'the team'
      : callback.assignedToId === myUserId
        ? 'you'
        : (callback.assignedToName ?? 'a colleague');
  return `Call-back scheduled for ${callbackDueText(callback.dueAt, now)}, assigned to ${assignee}`;
}
