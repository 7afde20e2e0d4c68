import type {
  CallRecord,
  CaseSummary,
  LoginResponse,
} from '@casebook/shared/contracts';
import { emptyDraftContent } from '../draft-content';
import { newDraftEntity } from '../draft-entity';
import type { CallDraft } from '../draft-model';

/** 10:00 UTC on a fixed day. */
export const T0 = Date.parse('2026-03-02T10:00:00.000Z');

/** An ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(T0 + minutes * 60_000).toISOString();
}

export const CALL_ID = '0b5c2f5e-8d4e-4a57-9a53-5a3f2f4f7c01';

export const counselorLogin: LoginResponse = {
  accessToken: 'token-1',
  expiresAt: at(15),
  user: {
    id: 'u-casey',
    username: 'casey',
    displayName: 'Casey Counselor',
    role: 'counselor',
  },
};

/** A draft as a new call starts it. */
export function draft(changes: Partial<CallDraft> = {}): CallDraft {
  return newDraftEntity(CALL_ID, emptyDraftContent(at(0)), {
    revision: 1,
    saveStatus: 'pending',
    ...changes,
  });
}

/** The server's record of the call. */
export function record(changes: Partial<CallRecord> = {}): CallRecord {
  return {
    id: CALL_ID,
    caseId: null,
    caseNumber: null,
    caseAlias: null,
    counselorId: 'u-casey',
    counselorName: 'Casey Counselor',
    direction: 'inbound',
    callerRelation: 'self',
    status: 'draft',
    startedAt: at(0),
    endedAt: null,
    notes: '',
    lastUseAt: null,
    substance: null,
    coUsedSubstances: [],
    pregnant: false,
    withdrawalDangerSigns: [],
    overdose: null,
    assessments: [],
    symptoms: { symptomIds: [] },
    risk: null,
    outcome: null,
    referrals: [],
    naloxoneDiscussed: false,
    naloxoneNotDiscussedReason: null,
    overdoseEducationGiven: false,
    addenda: [],
    finalizedAt: null,
    discardedAt: null,
    discardedByName: null,
    createdAt: at(0),
    updatedAt: at(1),
    version: 1,
    ...changes,
  };
}

/** A case as the lookup finds it. */
export function caseSummary(changes: Partial<CaseSummary> = {}): CaseSummary {
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
    lastUseAt: at(-36 * 60),
    lastCallAt: at(-3 * 24 * 60),
    latestSeverity: {
      instrument: 'sows',
      total: 14,
      severity: 'moderate',
      recordedAt: at(-3 * 24 * 60),
    },
    ...changes,
  };
}
