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
  const common = {
    entities,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: false,
  } as const;
  if (database.type === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      migrationsTransactionMode: 'each',
    };
  }
  const path = resolve(database.path);
  mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    // TypeORM turns foreign keys on. better-sqlite3's build makes a reopened WAL database
    // synchronous=NORMAL, which can lose the last commits on a power cut: FULL is set on
    // every connection, and checked at start (assertDurableSqlite).
    prepareDatabase: (db: PragmaConnection) => {
      db.pragma('synchronous = FULL');
    },
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  };
}

/** The part of a better-sqlite3 connection the pragmas need. */
export interface PragmaConnection {
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

/** SQLite's number for synchronous=FULL. */
const SYNCHRONOUS_FULL = 2;

/**
 * Stops the start when a connection is not synchronous=FULL: an acknowledged save must
 * survive a power cut, and the comment above is a promise the database has to keep.
 */
export function assertDurableSqlite(db: PragmaConnection): void {
  const level = Number(db.pragma('synchronous', { simple: true }));
  if (level !== SYNCHRONOUS_FULL)
    throw new Error(
      `SQLite synchronous is ${level}, expected FULL (${SYNCHRONOUS_FULL})`,
    );
}
