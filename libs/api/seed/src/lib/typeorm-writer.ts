import type { DataSource } from 'typeorm';
import { AssessmentEntity, CallEntity } from '@casebook/api/calls';
import { CaseEntity } from '@casebook/api/cases';
import {
  dialectOf,
  handleSeconds,
  rebuildRollups,
  toDriverSql,
} from '@casebook/api/core';
import type { HistoryOptions } from './synthetic-history';
import { syntheticHistory } from './synthetic-history';

/**
 * Writes a (small) synthetic history through TypeORM, so it works on SQLite and PostgreSQL
 * alike: the demo data of `DEMO_DATA=1`. The million-call path is `writeSqliteHistory`.
 */
export async function writeHistory(
  dataSource: DataSource,
  options: Omit<HistoryOptions, 'firstCaseNumber'>,
): Promise<{ cases: number; calls: number }> {
  return dataSource.transaction(async (manager) => {
    const [counter] = await manager.query(
      `SELECT value FROM counters WHERE name = 'case_number'`,
    );
    const first = Number(counter.value) + 1;
    let cases = 0;
    let calls = 0;
    for (const { caseRow, calls: caseCalls } of syntheticHistory({
      ...options,
      firstCaseNumber: first,
    })) {
      await manager.insert(CaseEntity, {
        ...caseRow,
        primarySubstance:
          caseRow.primarySubstance as CaseEntity['primarySubstance'],
        latestInstrument:
          caseRow.latestInstrument as CaseEntity['latestInstrument'],
        latestSeverity: caseRow.latestSeverity as CaseEntity['latestSeverity'],
        aliasSearch: caseRow.alias.toLowerCase(),
        updatedAt: caseRow.createdAt,
        version: 1,
      });
      for (const { assessment, ...call } of caseCalls) {
        await manager.insert(CallEntity, {
          ...call,
          riskLevel: call.riskLevel as CallEntity['riskLevel'],
          outcome: call.outcome as CallEntity['outcome'],
          status: 'final',
          handleSeconds: handleSeconds(call.startedAt, call.endedAt),
          finalizedAt: call.endedAt,
          createdAt: call.startedAt,
          updatedAt: call.endedAt,
          version: 2,
        });
        if (assessment)
          await manager.insert(AssessmentEntity, {
            ...assessment,
            severity: assessment.severity as AssessmentEntity['severity'],
            callId: call.id,
            position: 0,
          });
      }
      cases++;
      calls += caseCalls.length;
    }
    await manager.query(
      `UPDATE counters SET value = ${first - 1 + cases} WHERE name = 'case_number'`,
    );
    const dialect = dialectOf(manager);
    for (const statement of rebuildRollups(dialect))
      await manager.query(
        toDriverSql(dialect, statement.sql),
        statement.params,
      );
    return { cases, calls };
  });
}
