import type { InstrumentId, Severity } from './instruments';
import type { Substance } from './substances';

/** A case is open while the helpline follows the person; closed cases stay readable. */
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The latest scored instrument of a case, for lookup results and the case header. */
export interface LatestSeverity {
  instrument: InstrumentId;
  total: number;
  severity: Severity;
  recordedAt: string;
}

/** One match of the caller lookup and one row of the case list. */
export interface CaseSummary {
  id: string;
  /** Human number read over the phone, e.g. "C-1042". */
  caseNumber: string;
  alias: string;
  /** E.164, or null when the caller gave none. */
  phone: string | null;
  status: CaseStatus;
  /** Shown on every call: "prefers Spanish", "ask for Sam". */
  alert: string | null;
  primarySubstance: Substance | null;
  /** Other substances used with the primary one: with an opioid, some raise the overdose risk. */
  coUsedSubstances: Substance[];
  /** Pregnancy said on a call: medication treatment is the recommended course (ACOG 711). */
  pregnant: boolean;
  lastUseAt: string | null;
  lastCallAt: string | null;
  latestSeverity: LatestSeverity | null;
}

/** A case as its page shows it. */
export interface CaseRecord extends CaseSummary {
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  /** Sent back with every update; a stale one gets 409. */
  version: number;
}

/** `POST /api/cases`. `phone` is normalized to E.164 by the server. */
export interface CreateCaseRequest {
  alias: string;
  phone?: string;
  primarySubstance?: Substance;
  coUsedSubstances?: Substance[];
  pregnant?: boolean;
  lastUseAt?: string;
  alert?: string;
}

/** `PATCH /api/cases/:id`: any subset plus the version read; null clears an optional field. */
export interface UpdateCaseRequest {
  version: number;
  alias?: string;
  phone?: string | null;
  primarySubstance?: Substance | null;
  coUsedSubstances?: Substance[];
  pregnant?: boolean;
  lastUseAt?: string | null;
  alert?: string | null;
  status?: CaseStatus;
}

/** The 409 of a stale case update carries the case as it now stands, to show what changed. */
export interface StaleCaseError {
  statusCode: 409;
  error: string;
  message: string;
  current: CaseRecord;
}

/** One point of `GET /api/cases/:id/symptoms`, oldest first. */
export interface SymptomHistoryPoint {
  callId: string;
  assessmentId: string;
  recordedAt: string;
  instrument: InstrumentId;
  answers: Record<string, number | null>;
  status: 'complete' | 'partial';
  /** Null when the instrument was only partly answered. */
  total: number | null;
  severity: Severity | null;
  hoursSinceLastUse: number | null;
}

export interface SymptomHistory {
  items: SymptomHistoryPoint[];
}
