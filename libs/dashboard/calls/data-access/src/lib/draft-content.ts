import type {
  CallContent,
  CallRecord,
  InstrumentId,
} from '@casebook/shared/contracts';
import type { DraftAssessment, DraftContent, LinkedCase } from './draft-model';

/** A new call: inbound, started now, nothing else yet. */
export function emptyDraftContent(startedAt: string): DraftContent {
  return {
    caseId: null,
    direction: 'inbound',
    callerRelation: 'self',
    startedAt,
    endedAt: null,
    notes: '',
    lastUseAt: null,
    substance: null,
    coUsedSubstances: [],
    pregnant: false,
    withdrawalDangerSigns: [],
    overdose: null,
    assessments: [],
    symptoms: { symptomIds: [], freeText: '' },
    risk: { answers: {}, emergencyDisclosure: null },
    outcome: null,
    referrals: [],
    naloxoneDiscussed: false,
    naloxoneNotDiscussedReason: '',
    overdoseEducationGiven: false,
  };
}

/** A device copy written before a field existed gets that field's empty value. */
export function withContentDefaults(content: DraftContent): DraftContent {
  return { ...emptyDraftContent(content.startedAt), ...content };
}

/**
 * A linked case lends the call what it knows of the caller's substances, until the
 * counselor records them on this call (issue 9): the guidance then speaks from the
 * start of the call, and the counselor corrects what changed.
 */
export function withCaseSubstances(
  content: DraftContent,
  linked: LinkedCase,
): DraftContent {
  if (content.substance !== null || !linked.primarySubstance) {
    return linked.pregnant && !content.pregnant
      ? { ...content, pregnant: true }
      : content;
  }
  return {
    ...content,
    substance: linked.primarySubstance,
    coUsedSubstances: content.coUsedSubstances.length
      ? content.coUsedSubstances
      : [...(linked.coUsedSubstances ?? [])],
    pregnant: content.pregnant || Boolean(linked.pregnant),
  };
}

/** What the server holds for a call, as the form's content. */
export function recordToContent(record: CallRecord): DraftContent {
  return {
    caseId: record.caseId,
    direction: record.direction,
    callerRelation: record.callerRelation,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    notes: record.notes,
    lastUseAt: record.lastUseAt,
    substance: record.substance,
    coUsedSubstances: [...record.coUsedSubstances],
    pregnant: record.pregnant,
    withdrawalDangerSigns: [...record.withdrawalDangerSigns],
    overdose: record.overdose
      ? {
          openedAt: record.overdose.openedAt,
          steps: record.overdose.steps.map((step) => ({ ...step })),
        }
      : null,
    assessments: record.assessments.map((assessment) => ({
      instrument: assessment.instrument,
      answers: { ...assessment.answers },
    })),
    symptoms: {
      symptomIds: [...record.symptoms.symptomIds],
      freeText: record.symptoms.freeText ?? '',
    },
    risk: {
      answers: { ...(record.risk?.answers ?? {}) },
      emergencyDisclosure: record.risk?.emergencyDisclosure ?? null,
    },
    outcome: record.outcome,
    referrals: record.referrals.map((referral) => ({ ...referral })),
    naloxoneDiscussed: record.naloxoneDiscussed,
    naloxoneNotDiscussedReason: record.naloxoneNotDiscussedReason ?? '',
    overdoseEducationGiven: record.overdoseEducationGiven,
  };
}

/**
 * The whole content as the API takes it (every field, so the PATCH replaces everything
 * the server holds). Left out: instruments with no answer yet (an untouched SOWS is not
 * a partial SOWS), empty free text, and a risk screen nobody started.
 */
export function toCallContent(
  content: DraftContent,
): Required<Omit<CallContent, 'startedAt' | 'direction'>> &
  Pick<Required<CallContent>, 'startedAt' | 'direction'> {
  const assessments = content.assessments
    .map((assessment) => ({
      instrument: assessment.instrument,
      answers: Object.fromEntries(
        Object.entries(assessment.answers).filter(
          ([, score]) => score !== null && score !== undefined,
        ),
      ) as Record<string, number>,
    }))
    .filter((assessment) => Object.keys(assessment.answers).length > 0);
  const riskStarted =
    Object.keys(content.risk.answers).length > 0 ||
    content.risk.emergencyDisclosure !== null;
  return {
    caseId: content.caseId,
    direction: content.direction,
    callerRelation: content.callerRelation,
    startedAt: content.startedAt,
    endedAt: content.endedAt,
    notes: content.notes,
    lastUseAt: content.lastUseAt,
    substance: content.substance,
    coUsedSubstances: [...content.coUsedSubstances],
    pregnant: content.pregnant,
    withdrawalDangerSigns: [...content.withdrawalDangerSigns],
    overdose: content.overdose,
    assessments,
    symptoms: {
      symptomIds: [...content.symptoms.symptomIds],
      ...(content.symptoms.freeText.trim()
        ? { freeText: content.symptoms.freeText }
        : {}),
    },
    risk: riskStarted
      ? {
          answers: content.risk.answers,
          ...(content.risk.emergencyDisclosure
            ? { emergencyDisclosure: content.risk.emergencyDisclosure }
            : {}),
        }
      : null,
    outcome: content.outcome,
    // A referral keeps every field it has (a directory entry's `resourceId` included); only an empty note is left out.
    referrals: content.referrals.map(({ note, ...referral }) =>
      note?.trim() ? { ...referral, note } : referral,
    ),
    naloxoneDiscussed: content.naloxoneDiscussed,
    naloxoneNotDiscussedReason:
      content.naloxoneNotDiscussedReason.trim() || null,
    overdoseEducationGiven: content.overdoseEducationGiven,
  };
}

/** The assessments with one item answered (or cleared, with `score: null`); the instrument is added if new. */
export function withItemAnswer(
  assessments: readonly DraftAssessment[],
  instrument: InstrumentId,
  itemId: string,
  score: number | null,
): DraftAssessment[] {
  const existing = assessments.find(
    (assessment) => assessment.instrument === instrument,
  );
  const answers: Record<string, number | null> = {
    ...(existing?.answers ?? {}),
  };
  if (score === null) {
    delete answers[itemId];
  } else {
    answers[itemId] = score;
  }
  return existing
    ? assessments.map((assessment) =>
        assessment.instrument === instrument
          ? { instrument, answers }
          : assessment,
      )
    : [...assessments, { instrument, answers }];
}
