import type { CallContent, FieldError } from '@casebook/shared/contracts';
import {
  CLOCK_SKEW_TOLERANCE_MINUTES,
  cssrsProblems,
  emergencyDisclosureProblems,
  scoreAssessment,
  symptomReportProblems,
} from '@casebook/shared/domain';

/**
 * The clinical and temporal rules of a call's content, checked by the shared domain
 * functions and named by the dotted path the client sent. Structure (types, lengths of
 * plain fields) is the DTOs' job; this runs on the merged record, so a PATCH is checked
 * as the whole call it produces.
 */
export function callContentProblems(content: CallContent, now: Date): FieldError[] {
  const problems: FieldError[] = [];
  const latest = now.getTime() + CLOCK_SKEW_TOLERANCE_MINUTES * 60_000;
  const started = content.startedAt ? Date.parse(content.startedAt) : null;
  if (started !== null && started > latest) problems.push({ field: 'startedAt', message: 'startedAt must not be in the future' });
  if (content.endedAt && started !== null && Date.parse(content.endedAt) < started) {
    problems.push({ field: 'endedAt', message: 'endedAt must not be before startedAt' });
  }
  if (content.lastUseAt && Date.parse(content.lastUseAt) > latest) {
    problems.push({ field: 'lastUseAt', message: 'lastUseAt must not be in the future' });
  }
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
    for (const problem of symptomReportProblems(content.symptoms.symptomIds, content.symptoms.freeText)) {
      const field = problem.code === 'free-text-too-long' ? 'symptoms.freeText' : 'symptoms.symptomIds';
      problems.push({ field, message: `${field}: ${problem.message}` });
    }
  }
  if (content.risk) {
    for (const problem of cssrsProblems(content.risk.answers)) {
      const field = problem.questionId ? `risk.answers.${problem.questionId}` : 'risk.answers';
      problems.push({ field, message: `${field}: ${problem.message}` });
    }
    if (content.risk.emergencyDisclosure) {
      for (const problem of emergencyDisclosureProblems(content.risk.emergencyDisclosure, now)) {
        const field = `risk.emergencyDisclosure.${problem.field}`;
        problems.push({ field, message: `${field}: ${problem.message}` });
      }
    }
  }
  return problems;
}
