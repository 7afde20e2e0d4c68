import {
  rollupRows,
  type SqlDialect,
  type SqlStatement,
} from '@casebook/api/core';
import type { ResolvedRange } from './report-range';

/** The statements of one summary. Each aggregates in SQL; none returns call rows. */
export interface SummaryStatements {
  /** (dimension, item, tally, handle_seconds, high_risk, referrals) summed over the range. */
  dimensions: SqlStatement;
  /** (day_number, calls) per local date, days counted from 1970-01-01. */
  byDay: SqlStatement;
  /** (weekday, hour, calls) per local hour of the week. */
  byHour: SqlStatement;
  /** (cases, repeat_callers). */
  cases: SqlStatement;
  /** (n): cases opened in the range. */
  newCases: SqlStatement;
  /** The middle handle time(s): needs the call count, known after `dimensions`. */
  median(calls: number): SqlStatement | null;
}

/** Builds a summary's statements for a dialect and a resolved range. */
export function summaryStatements(
  dialect: SqlDialect,
  range: ResolvedRange,
): SummaryStatements {
  const span = [dialect.time(range.span.from), dialect.time(range.span.to)];
  const inSpan = 'c.started_at >= ? AND c.started_at < ?';
  return {
    dimensions: dimensionTotals(dialect, range),
    byDay: slotsByLocal(range, 'day'),
    byHour: slotsByLocal(range, 'hour'),
    cases: {
      // One index probe per case (at most two calls each) beats grouping every call's case.
      sql:
        `SELECT COUNT(*) AS cases, COALESCE(SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END), 0) AS repeat_callers FROM ` +
        `(SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM calls c${dialect.indexedBy('calls_final_case')} ` +
        `WHERE c.case_id = k.id AND c.status = 'final' AND ${inSpan} LIMIT 2) AS first_two) AS n FROM cases k) AS per_case ` +
        `WHERE n > 0`,
      params: span,
    },
    newCases: {
      sql: 'SELECT COUNT(*) AS n FROM cases WHERE created_at >= ? AND created_at < ?',
      params: span,
    },
    median(calls) {
      if (calls < 1) return null;
      // Walks the handle-time index in order and stops halfway: no sort of the range.
      return {
        sql:
          `SELECT c.handle_seconds AS seconds FROM calls c${dialect.indexedBy('calls_final_handle')} ` +
          `WHERE c.status = 'final' AND c.handle_seconds IS NOT NULL AND ${inSpan} ` +
          `ORDER BY c.handle_seconds LIMIT ? OFFSET ?`,
        params: [...span, calls % 2 === 0 ? 2 : 1, Math.floor((calls - 1) / 2)],
      };
    },
  };
}

/** Whole UTC days and hours from the rollups, plus the leftover edges from the calls. */
function dimensionTotals(
  dialect: SqlDialect,
  range: ResolvedRange,
): SqlStatement {
  const columns =
    'dimension, item, tally, handle_seconds, high_risk, referrals';
  const parts: SqlStatement[] = [
    ...range.days.map((days) => ({
      sql: `SELECT ${columns} FROM report_daily WHERE day >= ? AND day < ?`,
      params: [days.from, days.to],
    })),
    ...range.hours.map((hours) => ({
      sql: `SELECT ${columns} FROM report_hourly WHERE hour >= ? AND hour < ?`,
      params: [hours.from, hours.to],
    })),
    ...range.edges.map((edge) => {
      const rows = rollupRows(dialect, 'hour', {
        sql: 'c.started_at >= ? AND c.started_at < ?',
        params: [dialect.time(edge.from), dialect.time(edge.to)],
      });
      return {
        sql: `SELECT ${columns} FROM (${rows.sql}) AS edge_rows`,
        params: rows.params,
      };
    }),
  ];
  return {
    sql:
      'SELECT dimension, item, SUM(tally) AS tally, SUM(handle_seconds) AS handle_seconds, SUM(high_risk) AS high_risk, ' +
      `SUM(referrals) AS referrals FROM (${parts.map((part) => part.sql).join('\nUNION ALL\n')}) AS ranged ` +
      'GROUP BY dimension, item',
    params: parts.flatMap((part) => part.params),
  };
}

/**
 * Quarter-hour rollup rows of the range, shifted into local time by the zone's offset in
 * each segment (minutes since 1970, so days and hours are integer division), grouped by
 * local day number (days since 1970) or by weekday and hour. 1 January 1970 was a Thursday.
 */
function slotsByLocal(range: ResolvedRange, by: 'day' | 'hour'): SqlStatement {
  const offsets = range.offsets;
  const arms = offsets
    .slice(0, -1)
    .map(
      (segment) =>
        `WHEN slot < ${minutes(segment.to)} THEN ${segment.offsetMinutes}`,
    );
  const last = offsets[offsets.length - 1]?.offsetMinutes ?? 0;
  const local = `(slot + ${arms.length ? `CASE ${arms.join(' ')} ELSE ${last} END` : last})`;
  const where = `FROM report_slots WHERE slot >= ${minutes(range.span.from)} AND slot < ${minutes(range.span.to)}`;
  if (by === 'day') {
    return {
      sql: `SELECT ${local} / 1440 AS day_number, SUM(calls) AS calls ${where} GROUP BY 1`,
      params: [],
    };
  }
  return {
    sql: `SELECT (${local} / 1440 + 4) % 7 AS weekday, (${local} % 1440) / 60 AS hour, SUM(calls) AS calls ${where} GROUP BY 1, 2`,
    params: [],
  };
}

/** Whole minutes since 1970 of an instant (integers from Intl and the clock, safe inline). */
function minutes(instant: number): number {
  return Math.trunc(instant / 60_000);
}
