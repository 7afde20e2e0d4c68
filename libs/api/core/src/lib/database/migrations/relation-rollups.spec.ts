import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { rebuildRollups } from '../reporting/rollup-sql';
import { SQLITE_DIALECT } from '../reporting/sql-dialect';
import { MIGRATIONS } from './index';
import { RelationRollups1765200000000 } from './1765200000000-relation-rollups';

const USER = '00000000-0000-4000-8000-0000000000bb';

/** Calls as an existing database holds them: (id, status, started at, caller relation). */
const CALLS: [string, string, string, string][] = [
  ['r1', 'final', '2026-03-20 09:00:00.000', 'self'],
  ['r2', 'final', '2026-03-20 09:30:00.000', 'family'],
  ['r3', 'final', '2026-03-20 14:00:00.000', 'family'],
  ['r4', 'final', '2026-03-21 08:00:00.000', 'professional'],
  ['r5', 'draft', '2026-03-20 10:00:00.000', 'friend'],
];

/** An existing SQLite database, migrated up to just before the relation rollups, holding the calls above. */
async function databaseBeforeRelationRollups(path: string): Promise<void> {
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.indexOf(RelationRollups1765200000000),
  );
  const source = new DataSource({
    ...dataSourceOptions({ type: 'sqlite', path }, []),
    migrations: before,
  });
  await source.initialize();
  await source.query(
    `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at, version)
     VALUES (?, 'before.relation', 'Before Relation', 'counselor', '!', 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', 1)`,
    [USER],
  );
  for (const [id, status, startedAt, relation] of CALLS) {
    await source.query(
      `INSERT INTO calls (id, counselor_id, direction, status, started_at, notes, symptoms, referrals, caller_relation,
       created_at, updated_at, version)
       VALUES (?, ?, 'inbound', ?, ?, '', '{"symptomIds":[]}', '[]', ?, ?, ?, 2)`,
      [id, USER, status, startedAt, relation, startedAt, startedAt],
    );
  }
  await source.destroy();
}

describe('migration 1765200000000: relation rollups', () => {
  let dir: string;
  let source: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-migration-'));
    const path = join(dir, 'casebook.sqlite');
    await databaseBeforeRelationRollups(path);
    source = new DataSource(dataSourceOptions({ type: 'sqlite', path }, []));
    await source.initialize();
  });

  afterEach(async () => {
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const relationRows = (
    table: 'report_daily' | 'report_hourly',
    bucket: 'day' | 'hour',
  ) =>
    source.query(
      `SELECT ${bucket} AS bucket, item, tally FROM ${table} WHERE dimension = 'relation' ORDER BY ${bucket}, item`,
    ) as Promise<unknown[]>;

  it('counts every finalized call by its relation, per UTC day and hour; drafts are left out', async () => {
    expect(await relationRows('report_daily', 'day')).toEqual([
      { bucket: '2026-03-20', item: 'family', tally: 2 },
      { bucket: '2026-03-20', item: 'self', tally: 1 },
      { bucket: '2026-03-21', item: 'professional', tally: 1 },
    ]);
    expect(await relationRows('report_hourly', 'hour')).toEqual([
      { bucket: '2026-03-20 09', item: 'family', tally: 1 },
      { bucket: '2026-03-20 09', item: 'self', tally: 1 },
      { bucket: '2026-03-20 14', item: 'family', tally: 1 },
      { bucket: '2026-03-21 08', item: 'professional', tally: 1 },
    ]);
  });

  it('backfills exactly what a rebuild from the calls gives', async () => {
    const backfilled = [
      await relationRows('report_daily', 'day'),
      await relationRows('report_hourly', 'hour'),
    ];
    for (const statement of rebuildRollups(SQLITE_DIALECT))
      await source.query(statement.sql, statement.params);
    expect([
      await relationRows('report_daily', 'day'),
      await relationRows('report_hourly', 'hour'),
    ]).toEqual(backfilled);
  });

  it('undoes cleanly: the relation rows go, the other dimensions stay', async () => {
    const others = () =>
      source.query(
        `SELECT COUNT(*) AS n FROM report_daily WHERE dimension <> 'relation'`,
      ) as Promise<{ n: number }[]>;
    const [before] = await others();
    // Back down through this migration, whatever later ones have been added since.
    for (
      let i = MIGRATIONS.length - 1;
      i >= MIGRATIONS.indexOf(RelationRollups1765200000000);
      i--
    ) {
      await source.undoLastMigration();
    }
    expect(
      await source.query(
        `SELECT COUNT(*) AS n FROM report_hourly WHERE dimension = 'relation'`,
      ),
    ).toEqual([{ n: 0 }]);
    expect(
      await source.query(
        `SELECT COUNT(*) AS n FROM report_daily WHERE dimension = 'relation'`,
      ),
    ).toEqual([{ n: 0 }]);
    expect(await others()).toEqual([before]);
  });
});
