/**
 * Caller-reported symptoms as a call record carries them: ids from the symptom
 * catalogue of `@casebook/shared/domain`, plus optional free text for anything the
 * catalogue lacks.
 */
export interface SymptomReport {
  symptomIds: string[];
  freeText?: string;
}

/** Why a symptom report was refused. */
export const SYMPTOM_PROBLEM_CODES = [
  'unknown-symptom',
  'duplicate-symptom',
  'too-many-symptoms',
  'free-text-too-long',
] as const;
/** One of `SYMPTOM_PROBLEM_CODES`. */
export type SymptomProblemCode = (typeof SYMPTOM_PROBLEM_CODES)[number];

/** One refused part of a symptom report; `symptomId` is null for free-text and list problems. */
export interface SymptomProblem {
  readonly symptomId: string | null;
  readonly code: SymptomProblemCode;
  readonly message: string;
}
