import type { CallContent } from '@casebook/shared/contracts';

/**
 * Whether a draft records nothing beyond what starting a call sets (its id, direction,
 * start time and the default caller relation, 'self'). Such a draft may be discarded
 * without asking when the counselor leaves it (issue 12, ADR 32): there is nothing in it
 * to lose. Anything typed, ticked, answered or linked — a case, a note, one SOWS item, the
 * call marked ended, another caller relation — makes it a draft with content, which only
 * the counselor's explicit "Discard draft" can set aside. Blank text is not content.
 */
export function isEmptyCallContent(content: CallContent): boolean {
  const disclosure = content.risk?.emergencyDisclosure;
  return (
    !content.caseId &&
    (content.callerRelation ?? 'self') === 'self' &&
    !content.endedAt &&
    isBlank(content.notes) &&
    !content.lastUseAt &&
    !content.substance &&
    !content.coUsedSubstances?.length &&
    !content.pregnant &&
    !content.withdrawalDangerSigns?.length &&
    !content.overdose &&
    !(content.assessments ?? []).some((assessment) =>
      hasAnswer(assessment.answers),
    ) &&
    !content.symptoms?.symptomIds.length &&
    isBlank(content.symptoms?.freeText) &&
    !hasAnswer(content.risk?.answers) &&
    !disclosure &&
    !content.outcome &&
    !content.referrals?.length &&
    !content.naloxoneDiscussed &&
    isBlank(content.naloxoneNotDiscussedReason) &&
    !content.overdoseEducationGiven
  );
}

function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

/** An answer map with at least one answer given (a cleared item is null or absent). */
function hasAnswer(answers: object | null | undefined): boolean {
  return (
    !!answers &&
    Object.values(answers).some(
      (answer) => answer !== null && answer !== undefined,
    )
  );
}
