import type { Callback } from '@casebook/shared/contracts';
import type { CallbackEntity } from './callback.entity';

/** `now` decides `overdue`, so every client shows the same overdue set. */
export function toCallback(row: CallbackEntity, now: Date): Callback {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.case.caseNumber,
    caseAlias: row.case.alias,
    caseAlert: row.case.alert,
    sourceCallId: row.sourceCallId,
    assignedToId: row.assignedToId,
    assignedToName: row.assignedTo?.displayName ?? null,
    dueAt: row.dueAt.toISOString(),
    overdue: row.status === 'open' && row.dueAt < now,
    reason: row.reason,
    status: row.status,
    attempts: [...(row.attempts ?? [])]
      .sort((a, b) => a.attemptedAt.getTime() - b.attemptedAt.getTime())
      .map((attempt) => ({
        id: attempt.id,
        attemptedAt: attempt.attemptedAt.toISOString(),
        byUserId: attempt.byUserId,
        byName: attempt.byUser.displayName,
        result: attempt.result,
        callId: attempt.callId,
        note: attempt.note,
      })),
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
