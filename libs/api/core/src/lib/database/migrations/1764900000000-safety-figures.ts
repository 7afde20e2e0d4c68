import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { cssrsRisk } from '@casebook/shared/domain';
import { dialectOf, toDriverSql } from '../reporting/sql-dialect';
import { dropDimension, refillDimension } from '../reporting/rollup-sql';

/** Calls read per batch while backfilling: keeps memory flat on a large database. */
const BATCH = 1000;

/**
 * Issue 9 item 9, ADR 29: whether a call's C-SSRS screen was answered in full, as a
 * column (`risk_complete`), so reports can count complete screens in SQL; and the
 * `safety` rollup dimension (overdose calls, opioid calls, naloxone discussed on them,
 * complete screens) for every finalized call already rolled up.
 *
 * Completeness lives in the screen's JSON and its rule is the shared screener's
 * (`cssrsRisk`), which SQL cannot run on both databases alike: existing rows are read
 * and judged here in TypeScript, in keyset batches.
 */
export class SafetyFigures1764900000000 implements MigrationInterface {
  name = 'SafetyFigures1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    await queryRunner.addColumn(
      'calls',
      new TableColumn({
        name: 'risk_complete',
        type: 'boolean',
        default: false,
      }),
    );
    let after = '';
    for (;;) {
      const rows = (await queryRunner.query(
        toDriverSql(
          dialect,
          'SELECT id, risk FROM calls WHERE risk IS NOT NULL AND id > ? ORDER BY id LIMIT ?',
        ),
        [after, BATCH],
      )) as { id: string; risk: string }[];
      if (!rows.length) break;
      const complete = rows
        .filter((row) => screenComplete(row.risk))
        .map((row) => row.id);
      if (complete.length) {
        await queryRunner.query(
          toDriverSql(
            dialect,
            `UPDATE calls SET risk_complete = true WHERE id IN (${complete.map(() => '?').join(', ')})`,
          ),
          complete,
        );
      }
      after = rows[rows.length - 1].id;
      if (rows.length < BATCH) break;
    }
    for (const statement of refillDimension(dialect, 'safety')) {
      await queryRunner.query(
        toDriverSql(dialect, statement.sql),
        statement.params,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropDimension('safety'))
      await queryRunner.query(statement.sql);
    await queryRunner.dropColumn('calls', 'risk_complete');
  }
}

/** A stored screen ({answers, …}) the shared screener calls complete; unreadable JSON is not. */
function screenComplete(stored: string): boolean {
  try {
    const outcome = cssrsRisk(
      (JSON.parse(stored) as { answers?: unknown }).answers,
    );
    return outcome.ok && outcome.status === 'complete';
  } catch {
    return false;
  }
}
