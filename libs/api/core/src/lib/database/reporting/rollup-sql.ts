import { SAFETY_ITEMS, safetyCondition } from './safety-sql';
import type { SqlDialect, SqlStatement } from './sql-dialect';

/**
 * Report rollups. Aggregating a year of calls row by row takes seconds (a million calls,
 * their symptom and referral JSON); reports read these small tables instead:
 *
 * - `report_daily` and `report_hourly`: per UTC day (hour), per dimension and item, how
 *   many calls (or assessments, or referrals), their handle seconds, high-risk calls and
 *   referrals. A local range reads whole UTC days from the first, the whole hours at its
 *   edges from the second, and only what is left (a zone's half or quarter hour) from
 *   the calls themselves.
 * - `report_slots`: calls per quarter hour (keyed by minutes since 1970 UTC), from which
 *   calls per local day and per hour of the week are read in any time zone by adding the
 *   zone's offset (every zone's offset is whole quarter hours): plain integer arithmetic.
 *
 * A call enters all three in the transaction that finalizes it; finalized calls never
 * change. The same SELECTs, run on the calls, answer for a range's leftover edges, so
 * rollup and raw rows cannot disagree.
 */

/** The dimensions of the rollups, with what `item` holds in each. */
export const ROLLUP_DIMENSIONS = {
  all: `'' — every call once`,
  counselor: 'the counselor user id',
  direction: 'inbound | outbound',
  case: 'linked | none (a call without a case)',
  outcome: 'the outcome, or none',
  risk: 'the risk level, or not-screened',
  symptom: 'a symptom id (tally = calls reporting it)',
  referral: 'a referral type (tally = referrals made)',
  severity: 'instrument:severity, or instrument:partial (tally = assessments)',
  safety:
    'overdose | opioid | opioid-naloxone | screen-complete (calls meeting each, safety-sql.ts)',
  relation:
    'who called: self | family | friend | professional | other (ADR 30, ADR 35)',
} as const;
export type RollupDimension = keyof typeof ROLLUP_DIMENSIONS;

/** A rollup table and the UTC bucket its rows are keyed by. */
export const ROLLUP_GRAINS = {
  day: { table: 'report_daily', bucket: 'day' },
  hour: { table: 'report_hourly', bucket: 'hour' },
} as const;
export type RollupGrain = keyof typeof ROLLUP_GRAINS;

/** Columns of a rollup after its bucket, in order. */
export const ROLLUP_COLUMNS =
  'dimension, item, tally, handle_seconds, high_risk, referrals';

/**
 * Rollup rows — (bucket, dimension, item, tally, handle_seconds, high_risk, referrals) —
 * for the finalized calls `filter` selects (`filter` reads the calls as `c`); `only`
 * limits them to some dimensions (a migration backfilling a new one).
 */
export function rollupRows(
  dialect: SqlDialect,
  grain: RollupGrain,
  filter: SqlStatement,
  only?: readonly RollupDimension[],
): SqlStatement {
  const bucket =
    grain === 'day'
      ? dialect.utcDay('c.started_at')
      : dialect.utcHour('c.started_at');
  const highRisk = `CASE WHEN c.risk_level = 'high' THEN 1 ELSE 0 END`;
  const where = `WHERE c.status = 'final' AND (${filter.sql})`;
  const perCall = (dimension: RollupDimension, item: string) =>
    `SELECT ${bucket} AS bucket, '${dimension}' AS dimension, ${item} AS item, COUNT(*) AS tally, ` +
    `SUM(COALESCE(c.handle_seconds, 0)) AS handle_seconds, SUM(${highRisk}) AS high_risk, ` +
    `SUM(${dialect.referralCount('c.referrals')}) AS referrals FROM calls c ${where} GROUP BY 1, 3`;
  const countOnly = (
    dimension: RollupDimension,
    item: string,
    from: string,
    also = '',
  ) =>
    `SELECT ${bucket} AS bucket, '${dimension}' AS dimension, ${item} AS item, COUNT(*) AS tally, ` +
    `0 AS handle_seconds, 0 AS high_risk, 0 AS referrals FROM ${from} ${where}${also && ` AND ${also}`} GROUP BY 1, 3`;
  const branches: [RollupDimension, string][] = [
    ['all', perCall('all', `''`)],
    ['counselor', perCall('counselor', 'c.counselor_id')],
    ['direction', countOnly('direction', 'c.direction', 'calls c')],
    [
      'case',
      countOnly(
        'case',
        `CASE WHEN c.case_id IS NULL THEN 'none' ELSE 'linked' END`,
        'calls c',
      ),
    ],
    ['outcome', countOnly('outcome', `COALESCE(c.outcome, 'none')`, 'calls c')],
    [
      'risk',
      countOnly('risk', `COALESCE(c.risk_level, 'not-screened')`, 'calls c'),
    ],
    ['relation', countOnly('relation', 'c.caller_relation', 'calls c')],
    [
      'symptom',
      countOnly(
        'symptom',
        's.value',
        `calls c, ${dialect.eachSymptom('c.symptoms', 's')}`,
      ),
    ],
    [
      'referral',
      countOnly(
        'referral',
        dialect.referralType('r'),
        `calls c, ${dialect.eachReferral('c.referrals', 'r')}`,
      ),
    ],
    [
      'severity',
      countOnly(
        'severity',
        `a.instrument || ':' || COALESCE(a.severity, 'partial')`,
        'calls c JOIN call_assessments a ON a.call_id = c.id',
      ),
    ],
    // A call meeting none of the safety conditions adds no safety row (no zero tallies).
    ...SAFETY_ITEMS.map((item): [RollupDimension, string] => [
      'safety',
      countOnly(
        'safety',
        `'${item}'`,
        'calls c',
        safetyCondition(dialect, item),
      ),
    ]),
  ];
  const chosen = branches
    .filter(([dimension]) => !only || only.includes(dimension))
    .map(([, sql]) => sql);
  return {
    sql: chosen.join('\nUNION ALL\n'),
    params: chosen.flatMap(() => filter.params),
  };
}

/** Rows of `report_slots` — (slot, calls) — for the finalized calls `filter` selects. */
export function slotRollupRows(
  dialect: SqlDialect,
  filter: SqlStatement,
): SqlStatement {
  const slot = dialect.quarterHourMinute('c.started_at');
  return {
    sql: `SELECT ${slot} AS slot, COUNT(*) AS calls FROM calls c WHERE c.status = 'final' AND (${filter.sql}) GROUP BY 1`,
    params: filter.params,
  };
}

/**
 * Adds the finalized calls `filter` selects to every rollup (run once per call, at finalize);
 * `only` limits the dimensions, for a migration that runs before later columns exist.
 */
export function addToRollups(
  dialect: SqlDialect,
  filter: SqlStatement,
  only?: readonly RollupDimension[],
): SqlStatement[] {
  const slots = slotRollupRows(dialect, filter);
  // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  return [
    ...(['day', 'hour'] as const).map((grain) => {
      const { table, bucket } = ROLLUP_GRAINS[grain];
      const rows = rollupRows(dialect, grain, filter, only);
      return {
        sql:
          `INSERT INTO ${table} (${bucket}, ${ROLLUP_COLUMNS}) SELECT * FROM (${rows.sql}) AS added WHERE true ` +
          `ON CONFLICT (${bucket}, dimension, item) DO UPDATE SET tally = ${table}.tally + excluded.tally, ` +
          `handle_seconds = ${table}.handle_seconds + excluded.handle_seconds, ` +
          `high_risk = ${table}.high_risk + excluded.high_risk, referrals = ${table}.referrals + excluded.referrals`,
        params: rows.params,
      };
    }),
    {
      sql:
        `INSERT INTO report_slots (slot, calls) SELECT * FROM (${slots.sql}) AS added WHERE true ` +
        `ON CONFLICT (slot) DO UPDATE SET calls = report_slots.calls + excluded.calls`,
      params: slots.params,
    },
  ];
}

/** Empties the rollups and fills them again from every finalized call (migration, demo data). */
export function rebuildRollups(
  dialect: SqlDialect,
  only?: readonly RollupDimension[],
): SqlStatement[] {
  return [
    { sql: 'DELETE FROM report_daily', params: [] },
    { sql: 'DELETE FROM report_hourly', params: [] },
    { sql: 'DELETE FROM report_slots', params: [] },
    ...addToRollups(dialect, { sql: '1 = 1', params: [] }, only),
  ];
}

/**
 * Fills one dimension of the rollups again from every finalized call, leaving the others
 * as they are: a migration that adds a dimension backfills it with this.
 */
export function refillDimension(
  dialect: SqlDialect,
  dimension: RollupDimension,
): SqlStatement[] {
  return (['day', 'hour'] as const).flatMap((grain) => {
    const { table, bucket } = ROLLUP_GRAINS[grain];
    const rows = rollupRows(dialect, grain, { sql: '1 = 1', params: [] }, [
      dimension,
    ]);
    return [
      {
        sql: `DELETE FROM ${table} WHERE dimension = '${dimension}'`,
        params: [],
      },
      {
        sql: `INSERT INTO ${table} (${bucket}, ${ROLLUP_COLUMNS}) ${rows.sql}`,
        params: rows.params,
      },
    ];
  });
}

/** Removes one dimension from the rollups (undoing the migration that added it). */
export function dropDimension(dimension: RollupDimension): SqlStatement[] {
  return Object.values(ROLLUP_GRAINS).map(({ table }) => ({
    sql: `DELETE FROM ${table} WHERE dimension = '${dimension}'`,
    params: [],
  }));
}

/** Whole seconds between a call's start and end, as finalize stores them. */
export function handleSeconds(
  startedAt: Date,
  endedAt: Date | null,
): number | null {
  return endedAt
    ? Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 1000))
    : null;
}
