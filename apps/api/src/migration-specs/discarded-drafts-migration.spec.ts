import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '@casebook/api/core';
import {
  migrateTo,
  migrationTestTarget,
  positionalQuery,
} from '../testing/migration-database';

/**
 * The discarded-drafts migration (ADR 32) on a database that already holds calls: every
 * call keeps its status and its assessments, nothing is discarded, the status check admits
 * 'discarded' and still refuses anything else, and the way down loses no row. SQLite, and
 * PostgreSQL in that lane.
 */
describe('discarded-drafts migration on existing rows', () => {
  const NAME = 'DiscardedDrafts1765100000000';
  const index = MIGRATIONS.findIndex((migration) => migration.name === NAME);
  const before = MIGRATIONS.slice(0, index);
  let source: DataSource;
  let cleanup: () => Promise<void>;

  const query = (sql: string, params: unknown[] = []) =>
    positionalQuery(source, sql, params);

  beforeEach(async () => {
    expect(index).toBeGreaterThan(0);
    const database = await migrationTestTarget();
    cleanup = database.cleanup;
    const target = database.target;
    source = await migrateTo(target, before);
    const at = '2026-03-01 10:00:00';
    await query(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ['u-1', 'casey', 'Casey', 'counselor', 'x', at, at],
    );
    for (const [id, status] of [
      ['call-draft', 'draft'],
      ['call-final', 'final'],
    ]) {
      await query(
        `INSERT INTO calls (id, counselor_id, direction, status, started_at, notes, symptoms, referrals, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          'u-1',
          'inbound',
          status,
          at,
          `notes of ${id}`,
          '{"symptomIds":[]}',
          '[]',
          at,
          at,
        ],
      );
    }
    await query(
      `INSERT INTO call_assessments (id, call_id, position, instrument, answers, status, answered, item_count, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ['a-1', 'call-draft', 0, 'sows', '{"s1":2}', 'partial', 1, 16, at],
    );
    await source.destroy();
    source = await migrateTo(target, MIGRATIONS);
  });

  afterEach(async () => {
    if (source?.isInitialized) await source.destroy();
    await cleanup?.();
  });

  it('keeps every call, its status, notes and assessments, and discards none', async () => {
    const rows = (await source.query(
      `SELECT id, status, notes, discarded_at, discarded_by FROM calls ORDER BY id`,
    )) as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        id: 'call-draft',
        status: 'draft',
        notes: 'notes of call-draft',
        discarded_at: null,
        discarded_by: null,
      },
      {
        id: 'call-final',
        status: 'final',
        notes: 'notes of call-final',
        discarded_at: null,
        discarded_by: null,
      },
    ]);
    expect(
      await source.query(`SELECT id, call_id FROM call_assessments`),
    ).toEqual([{ id: 'a-1', call_id: 'call-draft' }]);
    if (source.options.type !== 'postgres') {
      expect(await source.query('PRAGMA foreign_key_check')).toEqual([]);
    }
  });

  it("admits 'discarded' with who and when, and still refuses an unknown status or user", async () => {
    await query(
      `UPDATE calls SET status = 'discarded', discarded_at = ?, discarded_by = ? WHERE id = ?`,
      ['2026-03-01 11:00:00', 'u-1', 'call-draft'],
    );
    expect(
      await source.query(`SELECT status FROM calls WHERE id = 'call-draft'`),
    ).toEqual([{ status: 'discarded' }]);
    await expectAsync(
      query(`UPDATE calls SET status = 'deleted' WHERE id = 'call-final'`),
    ).toBeRejected();
    await expectAsync(
      query(`UPDATE calls SET discarded_by = 'nobody' WHERE id = 'call-final'`),
    ).toBeRejected();
  });

  it('goes back down without losing a call: a discarded draft is a draft again', async () => {
    await query(
      `UPDATE calls SET status = 'discarded', discarded_by = 'u-1' WHERE id = 'call-draft'`,
    );
    // TypeORM turns foreign keys off for migrations going up, not for a revert.
    const sqlite = source.options.type !== 'postgres';
    if (sqlite) await source.query('PRAGMA foreign_keys = OFF');
    for (let i = MIGRATIONS.length - 1; i >= index; i--) {
      await source.undoLastMigration();
    }
    if (sqlite) {
      await source.query('PRAGMA foreign_keys = ON');
      expect(await source.query('PRAGMA foreign_key_check')).toEqual([]);
    }
    expect(
      await source.query(`SELECT id, status FROM calls ORDER BY id`),
    ).toEqual([
      { id: 'call-draft', status: 'draft' },
      { id: 'call-final', status: 'final' },
    ]);
    await expectAsync(
      query(`UPDATE calls SET status = 'discarded' WHERE id = 'call-final'`),
    ).toBeRejected();
  });
});
