import type { CallContent, CallRecord } from '@casebook/shared/contracts';

/** The content fields a request may carry, in the order they are copied onto the record. */
const CONTENT_FIELDS = [
  'caseId',
  'direction',
  'callerRelation',
  'startedAt',
  'endedAt',
  'notes',
  'lastUseAt',
  'substance',
  'coUsedSubstances',
  'pregnant',
  'withdrawalDangerSigns',
  'overdose',
  'assessments',
  'symptoms',
  'risk',
  'outcome',
  'referrals',
  'naloxoneDiscussed',
  'naloxoneNotDiscussedReason',
  'overdoseEducationGiven',
] as const satisfies readonly (keyof CallContent)[];

/** Only the content fields a request actually carries. */
export function pickContent(request: CallContent): CallContent {
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    if (request[field] !== undefined) content[field] = request[field];
  }
  return content as CallContent;
}

/** A stored record back into request shape, for merging an autosave onto it. */
export function contentOf(record: CallRecord): CallContent {
  return {
    caseId: record.caseId,
    direction: record.direction,
    callerRelation: record.callerRelation,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    notes: record.notes,
    lastUseAt: record.lastUseAt,
    substance: record.substance,
    coUsedSubstances: record.coUsedSubstances,
    pregnant: record.pregnant,
    withdrawalDangerSigns: record.withdrawalDangerSigns,
    overdose: record.overdose,
    assessments: record.assessments.map((a) => ({
      instrument: a.instrument,
      answers: a.answers,
    })),
    symptoms: record.symptoms,
    risk: record.risk
      ? {
          answers: record.risk.answers,
          emergencyDisclosure: record.risk.emergencyDisclosure,
        }
      : null,
    outcome: record.outcome,
    referrals: record.referrals,
    naloxoneDiscussed: record.naloxoneDiscussed,
    naloxoneNotDiscussedReason: record.naloxoneNotDiscussedReason,
    overdoseEducationGiven: record.overdoseEducationGiven,
  };
}
