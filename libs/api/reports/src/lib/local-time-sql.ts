import type { OffsetSegment } from '@casebook/shared/domain';
import { sqliteTime, type SqlDialect } from '@casebook/api/core';

/** SQL reading a UTC timestamp as local time in the report's zone. */
export interface LocalTimeSql {
  /** The local date, "YYYY-MM-DD". */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: string;
  /** 0–23. */
  hour: string;
  params: unknown[];
}

/**
 * Local date, weekday and hour of `column` (UTC text on SQLite, timestamptz on PostgreSQL).
 * PostgreSQL knows the zones; SQLite is told the offsets: one CASE arm per offset segment
 * of the range (two or three a year). `quarterHourText` marks `report_slots.slot`, stored
 * as "YYYY-MM-DD HH:MM" text on both.
 */
export function localTimeSql(
  dialect: SqlDialect,
  column: string,
  tz: string,
  offsets: readonly OffsetSegment[],
  quarterHourText = false,
): LocalTimeSql {
  if (dialect.name === 'postgres') {
    const utc = quarterHourText ? `(CAST(${column} AS timestamp) AT TIME ZONE 'UTC')` : column;
    const local = `(${utc} AT TIME ZONE ?)`;
    return {
      date: `to_char(${local}, 'YYYY-MM-DD')`,
      weekday: `CAST(extract(dow FROM ${local}) AS INTEGER)`,
      hour: `CAST(extract(hour FROM ${local}) AS INTEGER)`,
      params: [tz],
    };
  }
  const value = quarterHourText ? `(${column} || ':00')` : column;
  const shifted = (minutes: number) =>
    `datetime(${value}, '${Math.trunc(minutes) >= 0 ? '+' : ''}${Math.trunc(minutes)} minutes')`;
  const params: unknown[] = [];
  const arms = offsets.slice(0, -1).map((segment) => {
    params.push(quarterHourText ? sqliteTime(segment.to).slice(0, 16) : sqliteTime(segment.to));
    return `WHEN ${column} < ? THEN ${shifted(segment.offsetMinutes)}`;
  });
  const last = offsets[offsets.length - 1]?.offsetMinutes ?? 0;
  const local = arms.length ? `(CASE ${arms.join(' ')} ELSE ${shifted(last)} END)` : shifted(last);
  // Each of date, weekday and hour repeats the CASE, so each carries its own parameters.
  return {
    date: `substr(${local}, 1, 10)`,
    weekday: `CAST(strftime('%w', ${local}) AS INTEGER)`,
    hour: `CAST(substr(${local}, 12, 2) AS INTEGER)`,
    params,
  };
}
