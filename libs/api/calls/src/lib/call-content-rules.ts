import type { CallContent, FieldError } from '@casebook/shared/contracts';
import {
  CLOCK_SKEW_TOLERANCE_MINUTES,
  cssrsProblems,
  emergencyDisclosureProblems,
  MAX_CALL_HOURS,
  overdoseResponseProblems,
  scoreAssessment,
  symptomReportProblems,
} from '@casebook/shared/domain';

/**
 * The clinical and temporal rules of a call's content, checked by the shared domain
 * functions and named by the dotted path the client sent. Structure (types, lengths of
 * plain fields) is the DTOs' job; this runs on the merged record, so a PATCH is checked
 * as the whole call it produces.
 */
export function callContentProblems(
  content: CallContent,
  now: Date,
): FieldError[] {
  const problems: FieldError[] = [];
  const latest = now.getTime() + CLOCK_SKEW_TOLERANCE_MINUTES * 60_000;
  const started = content.startedAt ? Date.parse(content.startedAt) : null;
  if (started !== null && started > latest)
    problems.push({
      field: 'startedAt',
      message: 'startedAt must not be in the future',
    });
  const ended = content.endedAt ? Date.parse(content.endedAt) : null;
  if (ended !== null && started !== null && ended < started) {
    problems.push({
      field: 'endedAt',
      message: 'endedAt must not be before startedAt',
    });
  } else if (ended !== null && ended > latest) {
    problems.push({
      field: 'endedAt',
      message: 'endedAt must not be in the future',
    });
  } else if (
    ended !== null &&
    started !== null &&
    ended - started > MAX_CALL_HOURS * 3_600_000
  ) {
    problems.push({
      field: 'endedAt',
      message: `a call lasts at most ${MAX_CALL_HOURS} hours: check startedAt and endedAt`,
    });
  }
  if (content.lastUseAt && Date.parse(content.lastUseAt) > latest) {
    problems.push({
      field: 'lastUseAt',
      message: 'lastUseAt must not be in the future',
    });
  }
  if (content.overdose)
    problems.push(...overdoseResponseProblems(content.overdose, started, now));
  (content.assessments ?? []).forEach((assessment, index) => {
    const outcome = scoreAssessment(assessment.instrument, assessment.answers);
    if (!outcome.ok) {
      for (const problem of outcome.problems) {
        const field = problem.itemId
          ? `assessments.${index}.answers.${problem.itemId}`
          : `assessments.${index}.instrument`;
        problems.push({ field, message: `${field}: ${problem.message}` });
      }
    }
  });
  if (content.symptoms) {
    for (const problem of symptomReportProblems(
      content.symptoms.symptomIds,
      content.symptoms.freeText,
    )) {
      const field =
        problem.code === 'free-text-too-long'
          ? 'symptoms.freeText'
          : 'symptoms.symptomIds';
      problems.push({ field, message: `${field}: ${problem.message}` });
    }
  }
  if (content.risk) {
    for (const problem of cssrsProblems(content.risk.answers)) {
      const field = problem.questionId
        ? `risk.answers.${problem.questionId}`
        : 'risk.answers';
      problems.push({ field, message: `${field}: ${problem.message}` });
    }
    if (content.risk.emergencyDisclosure) {
      for (const problem of emergencyDisclosureProblems(
        content.risk.emergencyDisclosure,
        now,
      )) {
        const field = `risk.emergencyDisclosure.${problem.field}`;
        problems.push({ field, message: `${field}: ${problem.message}` });
      }
      problems.push(
        ...disclosureTimeProblems(
          content.risk.emergencyDisclosure.disclosedAt,
          started,
        ),
      );
    }
  }
  return problems;
}

/**
 * §2.51(c) asks the record to say when the disclosure was made: during or after the call,
 * never before it started (a clock's few minutes of drift aside).
 */
function disclosureTimeProblems(
  disclosedAt: unknown,
  started: number | null,
): FieldError[] {
  if (typeof disclosedAt !== 'string' || started === null) return [];
  const at = Date.parse(disclosedAt);
  if (Number.isNaN(at) || at >= started - CLOCK_SKEW_TOLERANCE_MINUTES * 60_000)
    return [];
  const field = 'risk.emergencyDisclosure.disclosedAt';
  return [
    {
      field,
      message: `${field}: the disclosure cannot be dated before the call started`,
    },
  ];
}

/** At finalize, a call without an end is taken to end now: that must not make it longer than a call can be. */
export function finalizeProblems(
  startedAt: Date,
  endedAt: Date | null,
  now: Date,
): FieldError[] {
  if (
    endedAt ||
    now.getTime() - startedAt.getTime() <= MAX_CALL_HOURS * 3_600_000
  )
    return [];
  return [
    {
      field: 'endedAt',
      message: `endedAt is required: this call started more than ${MAX_CALL_HOURS} hours ago, so "now" cannot be its end`,
    },
  ];
}
