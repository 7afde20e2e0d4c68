import type { ApiError, Callback } from '@casebook/shared/contracts';
import { dateTimeText } from '@casebook/shared/domain';

/** The call-back a call was started from is no longer in either open queue. */
export const CALLBACK_NOT_OPEN: ApiError = {
  statusCode: 404,
  error: 'Not Found',
  message:
    'the call-back is no longer open in your queue or the team queue (done, cancelled or reassigned).',
};

/**
 * "Thu 3 Dec 2026, 09:00 CST": the shared format with the zone (ADR 34), since the
 * counselor reads it back to a caller who may live in another zone.
 */
export function callbackDueText(dueAt: string): string {
  return dateTimeText(dueAt, { zone: true });
}

/** "Call-back scheduled for Tue 09:00, assigned to you" (or "to the team", or to whom). */
export function callbackConfirmation(
  callback: Pick<Callback, 'dueAt' | 'assignedToId' | 'assignedToName'>,
  myUserId: string | null,
): string {
  const assignee =
    callback.assignedToId === null
      ? 'the team'
      : callback.assignedToId === myUserId
        ? 'you'
        : (callback.assignedToName ?? 'a colleague');
  return `Call-back scheduled for ${callbackDueText(callback.dueAt)}, assigned to ${assignee}`;
}
