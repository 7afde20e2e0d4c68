import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { rebuildRollups } from '../reporting/rollup-sql';
import { SQLITE_DIALECT } from '../reporting/sql-dialect';
import { MIGRATIONS } from './index';
import { SafetyFigures1764900000000 } from './1764900000000-safety-figures';

const USER = '00000000-0000-4000-8000-0000000000aa';
const COMPLETE = JSON.stringify({
  answers: { q1: false, q2: false, q6: false },
  emergencyDisclosure: null,
});
const INCOMPLETE = JSON.stringify({
  answers: { q1: true },
  emergencyDisclosure: null,
});

/** Calls as an existing database holds them: (id, status, substance, co-used, overdose, naloxone, risk, level). */
const CALLS: [
  string,
  string,
  string | null,
  string,
  string | null,
  number,
  string | null,
  string | null,
][] = [
  [
    'c1',
    'final',
    'heroin',
    '[]',
    '{"openedAt":"2026-03-20T09:01:00Z","steps":[]}',
    1,
    COMPLETE,
    'none',
  ],
  ['c2', 'final', 'alcohol', '["fentanyl"]', null, 0, INCOMPLETE, 'low'],
  ['c3', 'final', 'stimulants', '[]', null, 1, null, null],
  ['c4', 'final', null, '[]', null, 0, 'not json', null],
  ['c5', 'draft', 'xylazine', '[]', null, 1, COMPLETE, 'none'],
];

/** An existing SQLite database, migrated up to just before the safety figures, holding the calls above. */
async function databaseBeforeSafetyFigures(path: string): Promise<void> {
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.indexOf(SafetyFigures1764900000000),
  );
  const source = new DataSource({
    ...dataSourceOptions({ type: 'sqlite', path }, []),
    migrations: before,
  });
  await source.initialize();
  await source.query(
    `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at, version)
     VALUES (?, 'before.safety', 'Before Safety', 'counselor', '!', 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', 1)`,
    [USER],
  );
  for (const [
    id,
    status,
    substance,
    coUsed,
    overdose,
    naloxone,
    risk,
    level,
  ] of CALLS) {
    await source.query(
      `INSERT INTO calls (id, counselor_id, direction, status, started_at, ended_at, handle_seconds, notes, substance,
       co_used_substances, overdose, naloxone_discussed, risk, risk_level, symptoms, referrals, created_at, updated_at, version)
       VALUES (?, ?, 'inbound', ?, '2026-03-20 09:00:00.000', '2026-03-20 09:10:00.000', 600, '', ?, ?, ?, ?, ?, ?,
       '{"symptomIds":[]}', '[]', '2026-03-20 09:00:00.000', '2026-03-20 09:10:00.000', 2)`,
      [id, USER, status, substance, coUsed, overdose, naloxone, risk, level],
    );
  }
  await source.destroy();
}

describe('migration 1764900000000: safety figures', () => {
  let dir: string;
  let source: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-migration-'));
    const path = join(dir, 'casebook.sqlite');
    await databaseBeforeSafetyFigures(path);
    source = new DataSource(dataSourceOptions({ type: 'sqlite', path }, []));
    await source.initialize();
  });

  afterEach(async () => {
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks complete screens by the shared screener, drafts included; an unreadable screen is not complete', async () => {
    const rows: { id: string; risk_complete: number }[] = await source.query(
      'SELECT id, risk_complete FROM calls ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'c1', risk_complete: 1 },
      { id: 'c2', risk_complete: 0 },
      { id: 'c3', risk_complete: 0 },
      { id: 'c4', risk_complete: 0 },
      { id: 'c5', risk_complete: 1 },
    ]);
  });

  it('backfills the safety rollups of finalized calls, exactly as a rebuild from the calls gives them', async () => {
    const safety = () =>
      source.query(
        `SELECT day, item, tally FROM report_daily WHERE dimension = 'safety' ORDER BY item`,
      ) as Promise<unknown[]>;
    const backfilled = await safety();
    expect(backfilled).toEqual([
      { day: '2026-03-20', item: 'opioid', tally: 2 },
      { day: '2026-03-20', item: 'opioid-naloxone', tally: 1 },
      { day: '2026-03-20', item: 'overdose', tally: 1 },
      { day: '2026-03-20', item: 'screen-complete', tally: 1 },
    ]);
    for (const statement of rebuildRollups(SQLITE_DIALECT))
      await source.query(statement.sql, statement.params);
    expect(await safety()).toEqual(backfilled);
  });

  it('undoes cleanly: the column and the safety rollups go', async () => {
    // Back down through this migration, whatever later ones have been added since.
    for (
      let i = MIGRATIONS.length - 1;
      i >= MIGRATIONS.indexOf(SafetyFigures1764900000000);
      i--
    ) {
      await source.undoLastMigration();
    }
    const columns: { name: string }[] = await source.query(
      `PRAGMA table_info('calls')`,
    );
    expect(columns.map((column) => column.name)).not.toContain('risk_complete');
    expect(
      await source.query(
        `SELECT COUNT(*) AS n FROM report_daily WHERE dimension = 'safety'`,
      ),
    ).toEqual([{ n: 0 }]);
  });
});
