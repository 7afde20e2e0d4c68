import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { freshPostgresDatabase } from './test-app';

/** A database for a migration spec: a SQLite file, or a fresh PostgreSQL database in that lane. */
export async function migrationTestTarget(): Promise<{
  target: DataSourceOptions;
  cleanup(): Promise<void>;
}> {
  const postgres = await freshPostgresDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'casebook-migration-'));
  return {
    target: postgres
      ? {
          type: 'postgres',
          url: postgres.url,
          migrationsTransactionMode: 'each',
        }
      : { type: 'better-sqlite3', database: join(dir, 'casebook.sqlite') },
    cleanup: async () => {
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Connects to `target` and runs `migrations` on it. */
export async function migrateTo(
  target: DataSourceOptions,
  migrations: DataSourceOptions['migrations'],
): Promise<DataSource> {
  const ready = await new DataSource({
    ...target,
    migrations,
  } as DataSourceOptions).initialize();
  await ready.runMigrations();
  return ready;
}

/** A query with `?` parameters, written as the connected driver wants them. */
export function positionalQuery(
  source: DataSource,
  sql: string,
  params: unknown[] = [],
): Promise<unknown> {
  let n = 0;
  return source.query(
    source.options.type === 'postgres'
      ? sql.replace(/\?/g, () => `$${++n}`)
      : sql,
    params,
  );
}
