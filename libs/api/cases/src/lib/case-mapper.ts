import type { CaseRecord, CaseSummary } from '@casebook/shared/contracts';
import type { CaseEntity } from './case.entity';

export function toCaseSummary(row: CaseEntity): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    alias: row.alias,
    phone: row.phone,
    status: row.status,
    alert: row.alert,
    primarySubstance: row.primarySubstance,
    coUsedSubstances: row.coUsedSubstances,
    pregnant: row.pregnant,
    lastUseAt: row.lastUseAt?.toISOString() ?? null,
    lastCallAt: row.lastCallAt?.toISOString() ?? null,
    latestSeverity:
      row.latestInstrument &&
      row.latestTotal !== null &&
      row.latestSeverity &&
      row.latestRecordedAt
        ? {
            instrument: row.latestInstrument,
            total: row.latestTotal,
            severity: row.latestSeverity,
            recordedAt: row.latestRecordedAt.toISOString(),
          }
        : null,
  };
}

export function toCaseRecord(row: CaseEntity): CaseRecord {
  return {
    ...toCaseSummary(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    version: row.version,
  };
}
