import type { Callback, CaseSummary } from '@casebook/shared/contracts';
import { caseSummary } from '@casebook/shared/contracts/testing';

export const SAM_CASE_ID = '5d1f8a2e-4b7c-4e1a-9f3d-2c6b8e0a1f42';
export const SAM_CALLBACK_ID = '9a7e6c1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d';

/** The case the call page's specs link: Sam R., with a caller alert unless `changes` say otherwise. */
export function samCase(changes: Partial<CaseSummary> = {}): CaseSummary {
  return caseSummary(SAM_CASE_ID, {
    caseNumber: 'C-1042',
    lastUseAt: null,
    lastCallAt: null,
    latestSeverity: null,
    ...changes,
  });
}

/** Sam's call-back as the API returns it, due in two hours, assigned to Casey. */
export function samCallback(changes: Partial<Callback> = {}): Callback {
  const now = new Date().toISOString();
  return {
    id: SAM_CALLBACK_ID,
    caseId: SAM_CASE_ID,
    caseNumber: 'C-1042',
    caseAlias: 'Sam R.',
    caseAlert: null,
    sourceCallId: null,
    assignedToId: 'u-casey',
    assignedToName: 'Casey',
    dueAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    overdue: false,
    reason: 'Follow up',
    status: 'open',
    attempts: [],
    createdById: 'u-casey',
    createdAt: now,
    updatedAt: now,
    version: 3,
    ...changes,
  };
}
