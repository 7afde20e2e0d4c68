import type {
  AssessmentView,
  CallDraft,
  RiskView,
} from '@casebook/dashboard/calls/data-access';
import {
  hoursSinceLastUse,
  namesOpioid,
  toleranceWarningFor,
} from '@casebook/shared/domain';
import { namedSubstances } from './named-substances';

/**
 * What is missing or worth a second look before a call is finalized. Warnings only: the
 * counselor decides (a caller who hung up leaves gaps that are the truth of the call).
 */
export function finalizeWarnings(
  draft: CallDraft,
  assessments: readonly AssessmentView[],
  risk: RiskView | null,
  now: number,
): string[] {
  const warnings: string[] = [];
  const content = draft.content;
  if (draft.caseChoice !== 'linked' || !content.caseId) {
    warnings.push(
      'No case is linked: the call is finalized as anonymous and cannot be linked afterwards.',
    );
  }
  if (!risk?.started) {
    warnings.push('The risk screen (C-SSRS) was not answered.');
  } else if (!risk.complete) {
    warnings.push(
      'The risk screen is incomplete: some questions it should ask have no answer.',
    );
  }
  if (risk?.imminentRisk && !content.risk.emergencyDisclosure) {
    warnings.push(
      'High risk: if the caller’s information went to emergency services, record the disclosure first.',
    );
  }
  const sows = assessments.find(
    (assessment) => assessment.instrument === 'sows',
  );
  if (!sows) {
    warnings.push('SOWS was not started.');
  }
  for (const assessment of assessments) {
    if (assessment.score.status === 'partial') {
      warnings.push(
        `${assessment.instrument.toUpperCase()} is partly answered (${assessment.score.answered} of ${assessment.score.of}): it is saved as partial, with no total.`,
      );
    }
  }
  if (!content.outcome) {
    warnings.push('No outcome is chosen.');
  }
  if (!content.notes.trim()) {
    warnings.push('The notes are empty.');
  }
  const named = namedSubstances(draft);
  const naloxoneAccountedFor =
    content.naloxoneDiscussed ||
    content.naloxoneNotDiscussedReason.trim() !== '';
  const hours = content.lastUseAt
    ? hoursSinceLastUse(content.lastUseAt, new Date(now))
    : null;
  if (
    hours !== null &&
    toleranceWarningFor(named, hours) &&
    !(content.naloxoneDiscussed && content.overdoseEducationGiven)
  ) {
    warnings.push(
      'Tolerance is falling or lost, and naloxone or overdose education is not ticked.',
    );
  } else if (namesOpioid(named) && !naloxoneAccountedFor) {
    warnings.push(
      'An opioid is named, and naloxone is neither ticked as discussed nor a reason recorded.',
    );
  }
  if (content.overdose && content.outcome !== 'emergency-services') {
    warnings.push(
      'An overdose was reported on this call: the outcome is usually "Emergency services involved".',
    );
  }
  if (
    content.withdrawalDangerSigns.length &&
    content.outcome !== 'emergency-services'
  ) {
    warnings.push(
      'A withdrawal danger sign is ticked and the outcome is not "Emergency services involved".',
    );
  }
  return warnings;
}
