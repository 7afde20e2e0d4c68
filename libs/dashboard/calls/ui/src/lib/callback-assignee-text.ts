import type { Callback } from '@casebook/shared/contracts';

/** "for the team", "assigned to you" or "assigned to Casey": who will make a call-back. */
export function callbackAssigneeText(
  callback: Pick<Callback, 'assignedToId' | 'assignedToName'>,
  myUserId: string | null,
): string {
  if (callback.assignedToId === null) {
    return 'for the team';
  }
  return callback.assignedToId === myUserId
    ? 'assigned to you'
    : `assigned to ${callback.assignedToName ?? 'a colleague'}`;
}
