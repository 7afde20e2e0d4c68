import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@casebook/api/core';
import { writeSqliteHistory } from '@casebook/api/seed';
import { ensureSeedCounselors } from './seed-counselors';

export interface SeedFileOptions {
  path: string;
  cases: number;
  calls: number;
  seed: number;
  end: Date;
  counselors: number;
}

/** Migrates a SQLite file and fills it with synthetic cases and finalized calls. */
export async function seedSqliteFile(
  options: SeedFileOptions,
): Promise<{ cases: number; calls: number; seconds: number }> {
  const dataSource = new DataSource(
    dataSourceOptions({ type: 'sqlite', path: options.path }, []),
  );
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  const db = new Database(options.path);
  // A scratch file of synthetic rows: speed over durability while it is written. The
  // generator keeps every reference valid, so foreign keys are not re-checked row by row.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');
  const started = process.hrtime.bigint();
  const counselorIds = ensureSeedCounselors(
    db,
    options.counselors,
    options.end,
  );
  const written = writeSqliteHistory(db, { ...options, counselorIds });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { ...written, seconds };
}
