import type { Database } from 'better-sqlite3';
import { handleSeconds, sqliteTime as storedTime } from '@casebook/api/core';
import { RollupAccumulator } from './rollup-accumulator';
import type { HistoryOptions } from './synthetic-history';
import { syntheticHistory } from './synthetic-history';

/** TypeORM's stored form of a SQLite `datetime`, or null. */
function sqliteTime(date: Date | null): string | null {
  return date ? storedTime(date) : null;
}

/** Calls written per transaction: large enough to be fast, small enough to keep the WAL in check. */
const CALLS_PER_TRANSACTION = 50_000;

/**
 * Writes a synthetic history straight through better-sqlite3 prepared statements, the
 * only way to put a million calls into SQLite in well under a minute. The schema must
 * already be migrated. Returns the counts written.
 */
export function writeSqliteHistory(
  db: Database,
  options: Omit<HistoryOptions, 'firstCaseNumber'>,
): { cases: number; calls: number } {
  return withIndexesRebuiltAfter(
    db,
    ['calls', 'call_assessments', 'cases'],
    () => writeRows(db, options),
  );
}

/**
 * Drops the tables' secondary indexes, writes, and creates them again from their stored
 * definitions: building an index once from sorted rows is several times faster than
 * updating it row by row. Constraint indexes (primary keys, UNIQUE) stay in place.
 */
function withIndexesRebuiltAfter<T>(
  db: Database,
  tables: readonly string[],
  write: () => T,
): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ` +
        `AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  try {
    return write();
  } finally {
    for (const index of indexes) db.exec(index.sql);
  }
}

function writeRows(
  db: Database,
  options: Omit<HistoryOptions, 'firstCaseNumber'>,
): { cases: number; calls: number } {
  const counter = db
    .prepare(`SELECT value FROM counters WHERE name = 'case_number'`)
    .get() as { value: number };
  const insertCase =
    db.prepare(`INSERT INTO cases (id, case_number, alias, alias_search, phone, status, alert,
    primary_substance, last_use_at, last_call_at, latest_instrument, latest_total, latest_severity, latest_recorded_at,
    created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`);
  const insertCall =
    db.prepare(`INSERT INTO calls (id, case_id, counselor_id, direction, status, started_at, ended_at,
    handle_seconds, notes, last_use_at, symptoms, risk, risk_level, risk_complete, outcome, referrals, naloxone_discussed, overdose_education_given,
    finalized_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, 'final', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)`);
  const insertAssessment =
    db.prepare(`INSERT INTO call_assessments (id, call_id, position, instrument, answers, status,
    answered, item_count, total, severity, recorded_at, hours_since_last_use) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  let cases = 0;
  let calls = 0;
  let pending = 0;
  const rollups = new RollupAccumulator();
  db.exec('BEGIN');
  for (const { caseRow, calls: caseCalls } of syntheticHistory({
    ...options,
    firstCaseNumber: counter.value + 1,
  })) {
    insertCase.run(
      caseRow.id,
      caseRow.caseNumber,
      caseRow.alias,
      caseRow.alias.toLowerCase(),
      caseRow.phone,
      caseRow.status,
      caseRow.alert,
      caseRow.primarySubstance,
      sqliteTime(caseRow.lastUseAt),
      sqliteTime(caseRow.lastCallAt),
      caseRow.latestInstrument,
      caseRow.latestTotal,
      caseRow.latestSeverity,
      sqliteTime(caseRow.latestRecordedAt),
      caseRow.createdBy,
      sqliteTime(caseRow.createdAt),
      sqliteTime(caseRow.createdAt),
    );
    for (const call of caseCalls) {
      rollups.add(call);
      const ended = sqliteTime(call.endedAt);
      insertCall.run(
        call.id,
        call.caseId,
        call.counselorId,
        call.direction,
        sqliteTime(call.startedAt),
        ended,
        handleSeconds(call.startedAt, call.endedAt),
        call.notes,
        sqliteTime(call.lastUseAt),
        call.symptoms,
        call.risk,
        call.riskLevel,
        call.riskComplete ? 1 : 0,
        call.outcome,
        call.referrals,
        call.naloxoneDiscussed ? 1 : 0,
        call.overdoseEducationGiven ? 1 : 0,
        ended,
        sqliteTime(call.startedAt),
        ended,
      );
      const a = call.assessment;
      if (a) {
        insertAssessment.run(
          a.id,
          call.id,
          a.instrument,
          a.answers,
          a.status,
          a.answered,
          a.itemCount,
          a.total,
          a.severity,
          sqliteTime(a.recordedAt),
          a.hoursSinceLastUse,
        );
      }
    }
    cases++;
    calls += caseCalls.length;
    pending += caseCalls.length;
    if (pending >= CALLS_PER_TRANSACTION) {
      db.exec('COMMIT');
      db.exec('BEGIN');
      pending = 0;
    }
  }
  db.prepare(`UPDATE counters SET value = ? WHERE name = 'case_number'`).run(
    counter.value + cases,
  );
  rollups.write(db);
  db.exec('COMMIT');
  return { cases, calls };
}
