import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { MIGRATIONS } from './index';
import { CallerRelation1765000000000 } from './1765000000000-caller-relation';

const USER_ID = '0b7e1c2d-0000-4000-8000-000000000001';
const CALL_IDS = [
  '0b7e1c2d-0000-4000-8000-0000000000a1',
  '0b7e1c2d-0000-4000-8000-0000000000a2',
];

/** An existing SQLite database, migrated up to just before the caller relation, holding a draft and a final call. */
async function databaseBeforeCallerRelation(path: string): Promise<void> {
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.indexOf(CallerRelation1765000000000),
  );
  const source = new DataSource({
    ...dataSourceOptions({ type: 'sqlite', path }, []),
    migrations: before,
  });
  await source.initialize();
  await source.query(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES ('${USER_ID}', 'casey', 'Casey', 'counselor', 'x', '2026-11-01 09:00:00.000', '2026-11-01 09:00:00.000')`,
  );
  for (const [id, status] of [
    [CALL_IDS[0], 'draft'],
    [CALL_IDS[1], 'final'],
  ]) {
    await source.query(
      `INSERT INTO calls (id, counselor_id, direction, status, started_at, notes, symptoms, referrals, created_at, updated_at)
       VALUES ('${id}', '${USER_ID}', 'inbound', '${status}', '2026-11-01 09:00:00.000', '', '{"symptomIds":[]}', '[]',
               '2026-11-01 09:00:00.000', '2026-11-01 09:00:00.000')`,
    );
  }
  await source.destroy();
}

describe('migration 1765000000000: caller relation', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-migration-'));
    path = join(dir, 'casebook.sqlite');
    await databaseBeforeCallerRelation(path);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes every existing call, draft or final, 'self'", async () => {
    const source = new DataSource(
      dataSourceOptions({ type: 'sqlite', path }, []),
    );
    await source.initialize();
    try {
      expect(
        await source.query('SELECT id, caller_relation FROM calls ORDER BY id'),
      ).toEqual([
        { id: CALL_IDS[0], caller_relation: 'self' },
        { id: CALL_IDS[1], caller_relation: 'self' },
      ]);
    } finally {
      await source.destroy();
    }
  });

  it('drops the column again on revert', async () => {
    const source = new DataSource(
      dataSourceOptions({ type: 'sqlite', path }, []),
    );
    await source.initialize();
    try {
      // Back down through this migration, whatever later ones have been added since.
      for (
        let i = MIGRATIONS.length - 1;
        i >= MIGRATIONS.indexOf(CallerRelation1765000000000);
        i--
      ) {
        await source.undoLastMigration();
      }
      const columns: { name: string }[] = await source.query(
        'PRAGMA table_info(calls)',
      );
      expect(columns.map((c) => c.name)).not.toContain('caller_relation');
      expect((await source.query('SELECT COUNT(*) AS n FROM calls'))[0].n).toBe(
        2,
      );
    } finally {
      await source.destroy();
    }
  });
});
