import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '@casebook/api/core';
import {
  migrateTo,
  migrationTestTarget,
  positionalQuery,
} from '../testing/migration-database';

/**
 * The substances migration on a database that already holds cases and calls (issue 9):
 * case substances keep their value, a draft takes its case's substance so its guidance
 * does not change, and a finalized call records none. Runs on SQLite, and on PostgreSQL
 * in that lane.
 */
describe('substances migration on existing rows', () => {
  const NAME = 'SubstancesAndEmergencyPaths1764700000000';
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((migration) => migration.name === NAME),
  );
  let source: DataSource;
  let cleanup: () => Promise<void>;

  const query = (sql: string, params: unknown[] = []) =>
    positionalQuery(source, sql, params);

  beforeAll(async () => {
    expect(before.length).toBeGreaterThan(0);
    const database = await migrationTestTarget();
    cleanup = database.cleanup;
    const target = database.target;
    source = await migrateTo(target, before);
    const at = '2026-03-01 10:00:00';
    await query(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ['u-1', 'casey', 'Casey', 'counselor', 'x', at, at],
    );
    for (const [id, substance] of [
      ['case-rx', 'prescription-opioids'],
      ['case-other', 'other'],
      ['case-none', null],
    ]) {
      await query(
        `INSERT INTO cases (id, case_number, alias, alias_search, primary_substance, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, id, id, id, substance, 'u-1', at, at],
      );
    }
    for (const [id, caseId, status] of [
      ['draft-rx', 'case-rx', 'draft'],
      ['final-rx', 'case-rx', 'final'],
      ['draft-anon', null, 'draft'],
    ]) {
      await query(
        `INSERT INTO calls (id, case_id, counselor_id, direction, status, started_at, notes, symptoms, referrals, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          caseId,
          'u-1',
          'inbound',
          status,
          at,
          '',
          '{"symptomIds":[]}',
          '[]',
          at,
          at,
        ],
      );
    }
    await source.destroy();
    source = await migrateTo(target, MIGRATIONS);
  });

  afterAll(async () => {
    if (source?.isInitialized) await source.destroy();
    await cleanup?.();
  });

  it('keeps every case substance, with no co-used substances and no pregnancy', async () => {
    const rows = (await source.query(
      `SELECT id, primary_substance, co_used_substances, pregnant FROM cases ORDER BY id`,
    )) as {
      id: string;
      primary_substance: string | null;
      co_used_substances: string;
      pregnant: unknown;
    }[];
    expect(
      rows.map((r) => [
        r.id,
        r.primary_substance,
        JSON.parse(r.co_used_substances),
        Boolean(r.pregnant),
      ]),
    ).toEqual([
      ['case-none', null, [], false],
      ['case-other', 'other', [], false],
      ['case-rx', 'prescription-opioids', [], false],
    ]);
  });

  it("gives a draft its case's substance, and a finalized or anonymous call none", async () => {
    const rows = (await source.query(
      `SELECT id, substance, overdose, withdrawal_danger_signs FROM calls ORDER BY id`,
    )) as {
      id: string;
      substance: string | null;
      overdose: string | null;
      withdrawal_danger_signs: string;
    }[];
    expect(
      rows.map((r) => [
        r.id,
        r.substance,
        r.overdose,
        JSON.parse(r.withdrawal_danger_signs),
      ]),
    ).toEqual([
      ['draft-anon', null, null, []],
      ['draft-rx', 'prescription-opioids', null, []],
      ['final-rx', null, null, []],
    ]);
  });
});
