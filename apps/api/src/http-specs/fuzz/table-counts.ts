import { DataSource } from 'typeorm';
import type { TestApp } from '../../testing/test-app';

export type TableCounts = Record<string, number>;

/** The catalogue query listing the current schema's tables, per database. */
const LIST_TABLES: Record<string, string> = {
  'better-sqlite3': `SELECT name FROM sqlite_master WHERE type = 'table'`,
  postgres: `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
};

/**
 * Every table the app writes: those of the entity metadata, plus the tables without an
 * entity (counters, report rollups) that the migrations create. TypeORM's own `migrations`
 * table and SQLite's internals are left out.
 */
export async function tableNames(t: TestApp): Promise<string[]> {
  const dataSource = t.app.get(DataSource);
  const list = LIST_TABLES[dataSource.options.type];
  const listed = list
    ? ((await dataSource.query(list)) as { name: string }[]).map(
        (row) => row.name,
      )
    : [];
  const names = new Set([
    ...dataSource.entityMetadatas.map((m) => m.tableName),
    ...listed,
  ]);
  return [...names]
    .filter((name) => name !== 'migrations' && !name.startsWith('sqlite_'))
    .sort();
}

/** Row counts of the tables, in one statement of `SELECT COUNT(*)` subqueries (SQLite and PostgreSQL alike). */
export async function countRows(
  t: TestApp,
  tables: string[],
): Promise<TableCounts> {
  const columns = tables
    .map((table, i) => `(SELECT COUNT(*) FROM ${table}) AS c${i}`)
    .join(', ');
  const [row] = (await t.app
    .get(DataSource)
    .query(`SELECT ${columns}`)) as Record<string, number | string>[];
  return Object.fromEntries(
    tables.map((table, i) => [table, Number(row[`c${i}`])]),
  );
}

/** The tables whose count changed: `audit_events +1`. */
export function changes(
  before: TableCounts,
  after: TableCounts,
): { table: string; delta: number }[] {
  return Object.keys(before)
    .map((table) => ({ table, delta: after[table] - before[table] }))
    .filter(({ delta }) => delta !== 0);
}
