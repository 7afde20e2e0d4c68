import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

/** How long a writer waits for SQLite's lock before giving up (ms). */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * One description of the database for the API, the seed tool and tests. Migrations run at
 * start; the schema never comes from `synchronize` (DESIGN.md, Storage).
 */
export function dataSourceOptions(
  database: AppConfig['database'],
  entities: DataSourceOptions['entities'],
): DataSourceOptions {
  const common = { entities, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, migrationsTransactionMode: 'each' };
  }
  const path = resolve(database.path);
  mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    // TypeORM turns foreign keys on. synchronous stays FULL (the default): a note saved
    // must survive a power cut, not only a crash.
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  };
}
