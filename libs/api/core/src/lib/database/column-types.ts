import type { ColumnType } from 'typeorm';
import type { QueryRunner } from 'typeorm';

/**
 * SQLite and PostgreSQL share no timestamp type name TypeORM accepts on both, so entities
 * and migrations ask here. Entity decorators run at import, before Nest reads the config,
 * hence the environment variable (validated by loadConfig before anything is imported).
 */
export function timestampColumnType(): ColumnType {
  return process.env['DATABASE_TYPE'] === 'postgres'
    ? 'timestamptz'
    : 'datetime';
}

/** The same choice inside a migration, from the driver actually connected. */
export function migrationTimestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'postgres'
    ? 'timestamptz'
    : 'datetime';
}

/**
 * A short list of codes kept as JSON text: the same on SQLite and PostgreSQL, and read back
 * as a list even from a row written before the column had a value.
 */
export const jsonListColumn = {
  to: (value: readonly string[] | undefined): string =>
    JSON.stringify(value ?? []),
  from: (stored: string | null): string[] =>
    stored ? (JSON.parse(stored) as string[]) : [],
};
