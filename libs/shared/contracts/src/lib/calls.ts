import type { AssessmentAnswers, InstrumentId, Severity } from './instruments';
import type {
  CssrsAnswers,
  EmergencyDisclosure,
  RiskLevel,
} from './risk-screen';
import type { OverdoseResponse } from './overdose';
import type { Substance, WithdrawalDangerSign } from './substances';
import type { SymptomReport } from './symptoms';

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/**
 * A call is a draft while it is being logged; finalized, it is read-only (addenda only).
 * A draft set aside unfinished is discarded: kept, audited, listed only when asked for (ADR 32).
 */
export const CALL_STATUSES = ['draft', 'final', 'discarded'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const CALL_OUTCOMES = [
  'support-given',
  'information-given',
  'referred',
  'callback-planned',
  'emergency-services',
  'caller-disconnected',
  'wrong-number',
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/**
 * Who is on the line, relative to the person the call is about (issue 12). Anyone but
 * `self` reports on someone else: the screen marks the self-report instruments (ADR 30).
 */
export const CALLER_RELATIONS = [
  'self',
  'family',
  'friend',
  'professional',
  'other',
] as const;
export type CallerRelation = (typeof CALLER_RELATIONS)[number];

/** Kinds of service a caller is referred to (the directory of issue 5 names the places). */
export const REFERRAL_TYPES = [
  'detox',
  'buprenorphine',
  'methadone',
  'naloxone',
  'peer-support',
  'shelter',
  'crisis-line',
  'other',
] as const;
export type ReferralType = (typeof REFERRAL_TYPES)[number];

export interface Referral {
  type: ReferralType;
  /** The directory entry referred to, when there is one. */
  resourceId?: string | null;
  note?: string;
  /** Set by the server while the caller is pregnant (ACOG 711; ADR 25): the service should see them first. */
  priority?: boolean;
}

/** An assessment as the server scored it; totals from clients are never used. */
export interface AssessmentRecord {
  id: string;
  instrument: InstrumentId;
  answers: AssessmentAnswers;
  status: 'complete' | 'partial';
  answered: number;
  of: number;
  total: number | null;
  severity: Severity | null;
  recordedAt: string;
  hoursSinceLastUse: number | null;
}

/** The C-SSRS screen as the server assessed it. `level` is the level so far when incomplete. */
export interface RiskScreenRecord {
  answers: CssrsAnswers;
  complete: boolean;
  level: RiskLevel;
  imminentRisk: boolean;
  emergencyDisclosure: EmergencyDisclosure | null;
}

export interface Addendum {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
}

/** The fields a counselor fills while the call happens; every one optional in a draft. */
export interface CallContent {
  caseId?: string | null;
  direction?: CallDirection;
  /** Optional, never null: a call with none sent is the person themself. */
  callerRelation?: CallerRelation;
  startedAt?: string;
  endedAt?: string | null;
  notes?: string;
  lastUseAt?: string | null;
  /** What the caller says they mainly use, on this call (the case keeps the latest). */
  substance?: Substance | null;
  coUsedSubstances?: Substance[];
  /** Said on this call; finalize marks the case. */
  pregnant?: boolean;
  /** Alcohol or benzodiazepine withdrawal danger signs the caller reports. */
  withdrawalDangerSigns?: WithdrawalDangerSign[];
  overdose?: OverdoseResponse | null;
  assessments?: { instrument: InstrumentId; answers: AssessmentAnswers }[];
  symptoms?: SymptomReport;
  risk?: {
    answers: CssrsAnswers;
    emergencyDisclosure?: EmergencyDisclosure | null;
  } | null;
  outcome?: CallOutcome | null;
  referrals?: Referral[];
  naloxoneDiscussed?: boolean;
  /** Why naloxone was not discussed on a call that names an opioid. */
  naloxoneNotDiscussedReason?: string | null;
  overdoseEducationGiven?: boolean;
}

/**
 * `POST /api/calls`: starts a draft. `id` may be chosen by the client (a UUID) so that a
 * create retried after a dropped network finds the draft it already made instead of
 * making a second one: the same id from the same counselor answers 200 with that draft.
 */
export interface CreateCallRequest extends CallContent {
  id?: string;
  direction: CallDirection;
  startedAt: string;
}

/**
 * `PATCH /api/calls/:id`: autosave. Fields sent replace the stored ones (an assessment list
 * replaces the list). `version`, when sent, must match or the save gets 409.
 */
export interface UpdateCallRequest extends CallContent {
  version?: number;
}

/**
 * `POST /api/calls/:id/discard`: sets a draft aside (never deletes it). `onlyIfEmpty`: only
 * when the server's copy records nothing (`isEmptyCallContent`), else 409 and nothing
 * changes — what the call screen sends when the counselor leaves a call untouched.
 */
export interface DiscardCallRequest {
  onlyIfEmpty?: boolean;
}

/** `POST /api/calls/:id/addenda`. */
export interface CreateAddendumRequest {
  text: string;
}

/** A call record as `GET /api/calls/:id` and every write answer it. */
export interface CallRecord {
  id: string;
  caseId: string | null;
  caseNumber: string | null;
  caseAlias: string | null;
  counselorId: string;
  counselorName: string;
  direction: CallDirection;
  callerRelation: CallerRelation;
  status: CallStatus;
  startedAt: string;
  endedAt: string | null;
  notes: string;
  lastUseAt: string | null;
  substance: Substance | null;
  coUsedSubstances: Substance[];
  pregnant: boolean;
  withdrawalDangerSigns: WithdrawalDangerSign[];
  overdose: OverdoseResponse | null;
  assessments: AssessmentRecord[];
  symptoms: SymptomReport;
  risk: RiskScreenRecord | null;
  outcome: CallOutcome | null;
  referrals: Referral[];
  naloxoneDiscussed: boolean;
  naloxoneNotDiscussedReason: string | null;
  overdoseEducationGiven: boolean;
  addenda: Addendum[];
  finalizedAt: string | null;
  /** When and by whom a draft was discarded; null otherwise. */
  discardedAt: string | null;
  discardedByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One row of `GET /api/calls`. */
export interface CallSummary {
  id: string;
  caseId: string | null;
  caseNumber: string | null;
  caseAlias: string | null;
  counselorId: string;
  counselorName: string;
  direction: CallDirection;
  status: CallStatus;
  startedAt: string;
  endedAt: string | null;
  outcome: CallOutcome | null;
  riskLevel: RiskLevel | null;
  /** The last complete assessment of the call. */
  latestSeverity: {
    instrument: InstrumentId;
    total: number;
    severity: Severity;
  } | null;
  addendaCount: number;
}
