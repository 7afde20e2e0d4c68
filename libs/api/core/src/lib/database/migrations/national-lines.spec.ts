import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NATIONAL_LINE_IDS } from '@casebook/shared/domain';
import { dataSourceOptions } from '../data-source-options';
import { MIGRATIONS } from './index';
import { NationalLines1764800000000 } from './1764800000000-national-lines';

interface Row {
  id: string;
  name: string;
  phone: string | null;
  national: number;
  active: number;
}

/** An existing SQLite database, migrated up to just before the national lines, holding one entry. */
async function databaseBeforeNationalLines(path: string): Promise<void> {
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.indexOf(NationalLines1764800000000),
  );
  const source = new DataSource({
    ...dataSourceOptions({ type: 'sqlite', path }, []),
    migrations: before,
  });
  await source.initialize();
  await source.query(
    `INSERT INTO referral_resources (id, name, name_search, type, phone, hours, languages, notes, active, created_at, updated_at, version)
     VALUES ('6c1f9a3e-0000-4000-8000-000000000001', 'Northside Detox', 'northside detox', 'detox', '+13125550142', NULL, '[]', NULL, 1,
             '2026-11-01 09:00:00.000', '2026-11-01 09:00:00.000', 3)`,
  );
  await source.destroy();
}

describe('migration 1764800000000: national lines', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-migration-'));
    path = join(dir, 'casebook.sqlite');
    await databaseBeforeNationalLines(path);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function migrated(): Promise<DataSource> {
    const source = new DataSource(
      dataSourceOptions({ type: 'sqlite', path }, []),
    );
    await source.initialize();
    return source;
  }

  async function rows(source: DataSource): Promise<Row[]> {
    return source.query(
      'SELECT id, name, phone, national, active FROM referral_resources ORDER BY name',
    );
  }

  it('marks existing entries not national and adds the three national lines, once', async () => {
    const first = await migrated();
    expect(await rows(first)).toEqual([
      {
        id: NATIONAL_LINE_IDS.suicideCrisisLifeline,
        name: '988 Suicide & Crisis Lifeline',
        phone: '988',
        national: 1,
        active: 1,
      },
      {
        id: '6c1f9a3e-0000-4000-8000-000000000001',
        name: 'Northside Detox',
        phone: '+13125550142',
        national: 0,
        active: 1,
      },
      {
        id: NATIONAL_LINE_IDS.poisonControl,
        name: 'Poison Control',
        phone: '+18002221222',
        national: 1,
        active: 1,
      },
      {
        id: NATIONAL_LINE_IDS.samhsaHelpline,
        name: "SAMHSA's National Helpline",
        phone: '+18006624357',
        national: 1,
        active: 1,
      },
    ]);
    await first.destroy();

    const again = await migrated();
    expect((await rows(again)).length).toBe(4);
    await again.destroy();
  });

  it('gives a new entry written without the column national = false', async () => {
    const source = await migrated();
    await source.query(
      `INSERT INTO referral_resources (id, name, name_search, type, languages, created_at, updated_at)
       VALUES ('6c1f9a3e-0000-4000-8000-000000000002', 'Harbor Shelter', 'harbor shelter', 'shelter', '[]', '2026-11-02 09:00:00.000', '2026-11-02 09:00:00.000')`,
    );
    expect(
      (
        await source.query(
          `SELECT national FROM referral_resources WHERE name = 'Harbor Shelter'`,
        )
      )[0].national,
    ).toBe(0);
    await source.destroy();
  });

  it('undoes cleanly: the lines and the column go, the other entries stay', async () => {
    const source = await migrated();
    // Undo every later migration first, then this one.
    const later =
      MIGRATIONS.length - 1 - MIGRATIONS.indexOf(NationalLines1764800000000);
    for (let undone = 0; undone <= later; undone++)
      await source.undoLastMigration();
    const columns: { name: string }[] = await source.query(
      `PRAGMA table_info('referral_resources')`,
    );
    expect(columns.map((column) => column.name)).not.toContain('national');
    expect(
      (await source.query('SELECT name FROM referral_resources')).map(
        (row: { name: string }) => row.name,
      ),
    ).toEqual(['Northside Detox']);
    await source.destroy();
  });
});
