import type { OffsetSegment } from '@casebook/shared/domain';
import { sqliteTime, type SqlDialect } from '@casebook/api/core';

/** SQL reading a UTC timestamp as local time in the report's zone. */
export interface LocalTimeSql {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: string;
  /** 0–23. */
  hour: string;
  params: unknown[];
}

/**
 * Local weekday and hour of `column` (UTC text on SQLite, timestamptz on PostgreSQL).
 * PostgreSQL knows the zones; SQLite is told the offsets: one CASE arm per offset segment
 * of the range (two or three a year).
 */
export function localTimeSql(
  dialect: SqlDialect,
  column: string,
  tz: string,
  offsets: readonly OffsetSegment[],
): LocalTimeSql {
  if (dialect.name === 'postgres') {
    const local = `(${column} AT TIME ZONE ?)`;
    return {
      weekday: `CAST(extract(dow FROM ${local}) AS INTEGER)`,
      hour: `CAST(extract(hour FROM ${local}) AS INTEGER)`,
      params: [tz],
    };
  }
  const shifted = (minutes: number) =>
    `datetime(${column}, '${minutes >= 0 ? '+' : ''}${Math.trunc(minutes)} minutes')`;
  const params: unknown[] = [];
  const arms = offsets.slice(0, -1).map((segment) => {
    params.push(sqliteTime(segment.to));
    return `WHEN ${column} < ? THEN ${shifted(segment.offsetMinutes)}`;
  });
  const last = offsets[offsets.length - 1]?.offsetMinutes ?? 0;
  const local = arms.length
    ? `(CASE ${arms.join(' ')} ELSE ${shifted(last)} END)`
    : shifted(last);
  // Weekday and hour each repeat the CASE, so each carries its own parameters.
  return {
    weekday: `CAST(strftime('%w', ${local}) AS INTEGER)`,
    hour: `CAST(substr(${local}, 12, 2) AS INTEGER)`,
    params,
  };
}
