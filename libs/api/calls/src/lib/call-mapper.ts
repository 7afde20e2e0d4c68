import type {
  Addendum,
  AssessmentRecord,
  CallRecord,
  CallSummary,
  OverdoseResponse,
  Referral,
  RiskScreenRecord,
  SymptomReport,
} from '@casebook/shared/contracts';
import { cssrsRisk } from '@casebook/shared/domain';
import type { AddendumEntity } from './entities/addendum.entity';
import type { AssessmentEntity } from './entities/assessment.entity';
import type { CallEntity } from './entities/call.entity';

export function toAssessmentRecord(row: AssessmentEntity): AssessmentRecord {
  return {
    id: row.id,
    instrument: row.instrument,
    answers: JSON.parse(row.answers),
    status: row.status,
    answered: row.answered,
    of: row.itemCount,
    total: row.total,
    severity: row.severity,
    recordedAt: row.recordedAt.toISOString(),
    hoursSinceLastUse: row.hoursSinceLastUse,
  };
}

export function toAddendum(row: AddendumEntity): Addendum {
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.author.displayName,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The stored screen with the server's assessment of it, recomputed by the shared screener. */
export function toRiskRecord(json: string | null): RiskScreenRecord | null {
  if (!json) return null;
  const stored = JSON.parse(json) as Pick<
    RiskScreenRecord,
    'answers' | 'emergencyDisclosure'
  >;
  const outcome = cssrsRisk(stored.answers);
  if (!outcome.ok) return null;
  return {
    answers: stored.answers,
    complete: outcome.status === 'complete',
    level: outcome.status === 'complete' ? outcome.level : outcome.levelSoFar,
    imminentRisk: outcome.imminentRisk,
    emergencyDisclosure: stored.emergencyDisclosure ?? null,
  };
}

export function toCallRecord(
  row: CallEntity,
  assessments: AssessmentEntity[],
  addenda: AddendumEntity[],
): CallRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.case?.caseNumber ?? null,
    caseAlias: row.case?.alias ?? null,
    counselorId: row.counselorId,
    counselorName: row.counselor.displayName,
    direction: row.direction,
    callerRelation: row.callerRelation,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    notes: row.notes,
    lastUseAt: row.lastUseAt?.toISOString() ?? null,
    substance: row.substance,
    coUsedSubstances: row.coUsedSubstances,
    pregnant: row.pregnant,
    withdrawalDangerSigns: row.withdrawalDangerSigns,
    overdose: row.overdose
      ? (JSON.parse(row.overdose) as OverdoseResponse)
      : null,
    assessments: assessments.map(toAssessmentRecord),
    symptoms: JSON.parse(row.symptoms) as SymptomReport,
    risk: toRiskRecord(row.risk),
    outcome: row.outcome,
    referrals: JSON.parse(row.referrals) as Referral[],
    naloxoneDiscussed: row.naloxoneDiscussed,
    naloxoneNotDiscussedReason: row.naloxoneNotDiscussedReason,
    overdoseEducationGiven: row.overdoseEducationGiven,
    addenda: addenda.map(toAddendum),
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    discardedAt: row.discardedAt?.toISOString() ?? null,
    discardedByName: row.discardedBy?.displayName ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toCallSummary(
  row: CallEntity,
  assessments: AssessmentEntity[],
  addendaCount: number,
): CallSummary {
  const latest = [...assessments]
    .reverse()
    .find((a) => a.total !== null && a.severity !== null);
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.case?.caseNumber ?? null,
    caseAlias: row.case?.alias ?? null,
    counselorId: row.counselorId,
    counselorName: row.counselor.displayName,
    direction: row.direction,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    outcome: row.outcome,
    riskLevel: row.riskLevel,
    latestSeverity:
      latest && latest.total !== null && latest.severity !== null
        ? {
            instrument: latest.instrument,
            total: latest.total,
            severity: latest.severity,
          }
        : null,
    addendaCount,
  };
}
