import type { ColumnType } from 'typeorm';
import type { QueryRunner } from 'typeorm';

/**
 * SQLite and PostgreSQL share no timestamp type name TypeORM accepts on both, so entities
 * and migrations ask here. Entity decorators run at import, before Nest reads the config,
 * hence the environment variable (validated by loadConfig before anything is imported).
 */
export function timestampColumnType(): ColumnType {
  return process.env['DATABASE_TYPE'] === 'postgres' ? 'timestamptz' : 'datetime';
}

/** The same choice inside a migration, from the driver actually connected. */
export function migrationTimestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
}
