import type { CallRecord, CallSummary } from '../lib/calls';
import type { CaseRecord, CaseSummary } from '../lib/cases';

/** A case as the API returns it; specs change what they need. */
export function caseRecord(changes: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    caseNumber: 'C-1042',
    alias: 'Sam R.',
    phone: '+12015550123',
    status: 'open',
    alert: 'Prefers Spanish',
    primarySubstance: 'fentanyl',
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: '2026-03-01T08:00:00.000Z',
    lastCallAt: '2026-03-02T10:00:00.000Z',
    latestSeverity: {
      instrument: 'sows',
      total: 14,
      severity: 'moderate',
      recordedAt: '2026-03-02T10:05:00.000Z',
    },
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-03-02T10:10:00.000Z',
    createdBy: 'u-1',
    version: 3,
    ...changes,
  };
}

export function caseSummary(
  id: string,
  changes: Partial<CaseSummary> = {},
): CaseSummary {
  const record = caseRecord({ id, caseNumber: `C-${1000 + id.length}` });
  const summary: CaseSummary = {
    id: record.id,
    caseNumber: record.caseNumber,
    alias: record.alias,
    phone: record.phone,
    status: record.status,
    alert: record.alert,
    primarySubstance: record.primarySubstance,
    coUsedSubstances: record.coUsedSubstances,
    pregnant: record.pregnant,
    lastUseAt: record.lastUseAt,
    lastCallAt: record.lastCallAt,
    latestSeverity: record.latestSeverity,
  };
  return { ...summary, ...changes };
}

export function callSummary(
  id: string,
  changes: Partial<CallSummary> = {},
): CallSummary {
  return {
    id,
    caseId: 'case-1',
    caseNumber: 'C-1042',
    caseAlias: 'Sam R.',
    counselorId: 'u-1',
    counselorName: 'Casey Counselor',
    direction: 'inbound',
    status: 'final',
    startedAt: '2026-03-02T10:00:00.000Z',
    endedAt: '2026-03-02T10:20:00.000Z',
    outcome: 'support-given',
    riskLevel: 'low',
    latestSeverity: { instrument: 'sows', total: 14, severity: 'moderate' },
    addendaCount: 0,
    ...changes,
  };
}

export function callRecord(changes: Partial<CallRecord> = {}): CallRecord {
  return {
    id: 'call-1',
    caseId: 'case-1',
    caseNumber: 'C-1042',
    caseAlias: 'Sam R.',
    counselorId: 'u-1',
    counselorName: 'Casey Counselor',
    direction: 'inbound',
    callerRelation: 'self',
    status: 'final',
    startedAt: '2026-03-02T10:00:00.000Z',
    endedAt: '2026-03-02T10:20:00.000Z',
    notes: 'Caller is on day 2.\nDiscussed naloxone.',
    lastUseAt: '2026-03-01T08:00:00.000Z',
    substance: 'fentanyl',
    coUsedSubstances: [],
    pregnant: false,
    withdrawalDangerSigns: [],
    overdose: null,
    assessments: [
      {
        id: 'a-1',
        instrument: 'sows',
        answers: {},
        status: 'complete',
        answered: 16,
        of: 16,
        total: 14,
        severity: 'moderate',
        recordedAt: '2026-03-02T10:05:00.000Z',
        hoursSinceLastUse: 26,
      },
    ],
    symptoms: { symptomIds: [] },
    risk: null,
    outcome: 'support-given',
    referrals: [],
    naloxoneDiscussed: true,
    naloxoneNotDiscussedReason: null,
    overdoseEducationGiven: true,
    addenda: [
      {
        id: 'ad-1',
        authorId: 'u-2',
        authorName: 'Sue Supervisor',
        text: 'Called back next day; caller doing better.',
        createdAt: '2026-03-03T09:00:00.000Z',
      },
    ],
    finalizedAt: '2026-03-02T10:25:00.000Z',
    discardedAt: null,
    discardedByName: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:25:00.000Z',
    version: 2,
    ...changes,
  };
}
