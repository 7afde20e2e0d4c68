import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { freshPostgresDatabase } from './test-app';

/**
 * A throwaway database for a migration spec: a SQLite file, or in the PostgreSQL lane a
 * fresh PostgreSQL database; `cleanup` removes it.
 */
export async function migrationTarget(): Promise<{
  target: DataSourceOptions;
  cleanup: () => Promise<void>;
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

/** Connects to `target` and runs `migrations` (those not run yet). */
export async function migratedTo(
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
