import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * The few places where report SQL differs between SQLite and PostgreSQL. Everything else
 * in the report queries is written once. Statements use `?` placeholders; `toDriverSql`
 * numbers them for PostgreSQL.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** A stored timestamp as a query parameter (SQLite keeps TypeORM's UTC text form). */
  time(instant: Date | number): string | Date;
  /** The UTC calendar date of a timestamp column, as text "YYYY-MM-DD". */
  utcDay(column: string): string;
  /** The UTC hour of a timestamp column, as text "YYYY-MM-DD HH". */
  utcHour(column: string): string;
  /** The quarter hour a timestamp falls in, as whole minutes since 1970-01-01 UTC. */
  quarterHourMinute(column: string): string;
  /** A FROM item yielding `value` for each symptom id of a call's `symptoms` JSON. */
  eachSymptom(column: string, alias: string): string;
  /** A FROM item yielding `value` for each string of a JSON text list (e.g. `co_used_substances`). */
  eachListItem(column: string, alias: string): string;
  /** A FROM item yielding `value` for each referral object of a call's `referrals` JSON. */
  eachReferral(column: string, alias: string): string;
  /** The `type` of one referral yielded by `eachReferral`. */
  referralType(alias: string): string;
  /** How many referrals a call's `referrals` JSON holds. */
  referralCount(column: string): string;
  /** Whole seconds from one timestamp column to another. */
  secondsBetween(from: string, to: string): string;
  /** Names the index a query must walk (SQLite's planner otherwise prefers a narrower one). */
  indexedBy(index: string): string;
}

/** TypeORM's stored form of a SQLite `datetime`: UTC, "YYYY-MM-DD HH:MM:SS.SSS". */
export function sqliteTime(instant: Date | number): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

export const SQLITE_DIALECT: SqlDialect = {
  name: 'sqlite',
  time: sqliteTime,
  utcDay: (column) => `substr(${column}, 1, 10)`,
  utcHour: (column) => `substr(${column}, 1, 13)`,
  quarterHourMinute: (column) =>
    `(CAST(strftime('%s', ${column}) AS INTEGER) / 900 * 15)`,
  eachSymptom: (column, alias) =>
    `json_each(${column}, '$.symptomIds') AS ${alias}`,
  eachListItem: (column, alias) => `json_each(${column}) AS ${alias}`,
  eachReferral: (column, alias) => `json_each(${column}) AS ${alias}`,
  referralType: (alias) => `json_extract(${alias}.value, '$.type')`,
  referralCount: (column) => `json_array_length(${column})`,
  secondsBetween: (from, to) =>
    `CAST(round((julianday(${to}) - julianday(${from})) * 86400) AS INTEGER)`,
  indexedBy: (index) => ` INDEXED BY ${index}`,
};

export const POSTGRES_DIALECT: SqlDialect = {
  name: 'postgres',
  time: (instant) => new Date(instant),
  utcDay: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  utcHour: (column) =>
    `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')`,
  quarterHourMinute: (column) =>
    `(CAST(floor(extract(epoch FROM ${column}) / 900) AS INTEGER) * 15)`,
  eachSymptom: (column, alias) =>
    `jsonb_array_elements_text((${column})::jsonb -> 'symptomIds') AS ${alias}(value)`,
  eachListItem: (column, alias) =>
    `jsonb_array_elements_text((${column})::jsonb) AS ${alias}(value)`,
  eachReferral: (column, alias) =>
    `jsonb_array_elements((${column})::jsonb) AS ${alias}(value)`,
  referralType: (alias) => `(${alias}.value ->> 'type')`,
  referralCount: (column) => `jsonb_array_length((${column})::jsonb)`,
  secondsBetween: (from, to) =>
    `CAST(round(extract(epoch FROM ${to} - ${from})) AS INTEGER)`,
  indexedBy: () => '',
};

/** The dialect of a connection. */
export function dialectOf(
  connection: DataSource | EntityManager | QueryRunner,
): SqlDialect {
  const source =
    connection instanceof DataSource ? connection : connection.connection;
  return source.options.type === 'postgres' ? POSTGRES_DIALECT : SQLITE_DIALECT;
}

/** `?` placeholders as the driver wants them: kept for SQLite, `$1, $2…` for PostgreSQL. */
export function toDriverSql(dialect: SqlDialect, sql: string): string {
  if (dialect.name === 'sqlite') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A statement and its parameters, built together so they cannot drift apart. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}
