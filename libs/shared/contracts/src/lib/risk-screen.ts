/**
 * Suicide-risk screen shapes (C-SSRS screener) and the emergency-disclosure record,
 * as carried by a call record. The questions, skip rules and triage live in
 * `@casebook/shared/domain`.
 */

/**
 * The screener's questions, in the order they are asked. `q6Recent` is Q6's
 * follow-up, "Was this within the past 3 months?".
 */
export const CSSRS_QUESTION_IDS = [
  'q1',
  'q2',
  'q3',
  'q4',
  'q5',
  'q6',
  'q6Recent',
] as const;
/** `'q1'` … `'q6'`, or `'q6Recent'` for Q6's 3-month follow-up. */
export type CssrsQuestionId = (typeof CSSRS_QUESTION_IDS)[number];

/** Yes (true) / no (false) per question asked; questions not asked are left out. */
export type CssrsAnswers = Partial<Readonly<Record<CssrsQuestionId, boolean>>>;

/** The screener's triage levels, lowest first. */
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high'] as const;
/** `'none'`, `'low'`, `'moderate'` or `'high'`. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Why a screener answer was refused. */
export const CSSRS_PROBLEM_CODES = [
  'answers-not-an-object',
  'unknown-question',
  'not-a-boolean',
  'should-be-skipped',
] as const;
/** One of `CSSRS_PROBLEM_CODES`. */
export type CssrsProblemCode = (typeof CSSRS_PROBLEM_CODES)[number];

/** One refused screener answer; `questionId` is null when the problem is the whole object's. */
export interface CssrsProblem {
  readonly questionId: string | null;
  readonly code: CssrsProblemCode;
  readonly message: string;
}

/**
 * A disclosure of the caller's information to emergency services without consent,
 * documented as 42 CFR § 2.51(c) asks: who disclosed, to whom (name and affiliation),
 * when, and the nature of the emergency (why).
 */
export interface EmergencyDisclosure {
  /** The user who made the disclosure (not necessarily the one logging the call). */
  disclosedByUserId: string;
  /** Name of the person the information was given to (e.g. the dispatcher's name or ID). */
  recipientName: string;
  /** Their service or facility (e.g. "911 — County Emergency Communications"). */
  recipientAffiliation: string;
  /** UTC ISO-8601 time of the disclosure. */
  disclosedAt: string;
  /** Why: the nature of the emergency. */
  natureOfEmergency: string;
}

/** The risk screen as a call record carries it. */
export interface RiskScreenInput {
  answers: CssrsAnswers;
  emergencyDisclosure?: EmergencyDisclosure;
}
