import type { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@casebook/api/core';
import { migrateTo, migrationTestTarget } from '../testing/migration-database';

/**
 * The relation rollups migration (1765200000000, ADR 35) on a database that already holds
 * finalized calls from several kinds of caller and a draft: each finalized call is counted
 * once under its relation, per UTC day and hour, and the draft not at all. Runs on SQLite,
 * and on PostgreSQL in that lane (libs/api/core's migration spec adds the rebuild and undo).
 */
describe('relation rollups migration on existing calls', () => {
  const NAME = 'RelationRollups1765200000000';
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((migration) => migration.name === NAME),
  );
  let source: DataSource;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    expect(MIGRATIONS.map((migration) => migration.name)).toContain(NAME);
    let target: DataSourceOptions;
    ({ target, cleanup } = await migrationTestTarget());
    source = await migrateTo(target, before);
    const pg = source.options.type === 'postgres';
    // Positional parameters as the connected driver writes them; times in UTC on both.
    const query = (sql: string, params: unknown[]) => {
      let n = 0;
      return source.query(
        pg ? sql.replace(/\?/g, () => `$${++n}`) : sql,
        params,
      );
    };
    const utc = (time: string) => (pg ? `${time}+00` : time);
    const at = utc('2026-03-01 10:00:00.000');
    await query(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ['u-1', 'casey', 'Casey', 'counselor', 'x', at, at],
    );
    const calls = [
      ['self-1', 'final', '2026-03-20 09:05:00.000', 'self'],
      ['family-1', 'final', '2026-03-20 09:40:00.000', 'family'],
      ['family-2', 'final', '2026-03-20 23:10:00.000', 'family'],
      ['pro-1', 'final', '2026-03-21 00:20:00.000', 'professional'],
      ['friend-draft', 'draft', '2026-03-20 09:50:00.000', 'friend'],
    ];
    for (const [id, status, startedAt, relation] of calls) {
      await query(
        `INSERT INTO calls (id, counselor_id, direction, status, started_at, notes, symptoms, referrals, caller_relation,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          'u-1',
          'inbound',
          status,
          utc(startedAt),
          '',
          '{"symptomIds":[]}',
          '[]',
          relation,
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

  const rows = async (table: string, bucket: string) =>
    (
      (await source.query(
        `SELECT ${bucket} AS bucket, item, tally FROM ${table} WHERE dimension = 'relation' ORDER BY ${bucket}, item`,
      )) as { bucket: string; item: string; tally: unknown }[]
    ).map((row) => [row.bucket, row.item, Number(row.tally)]);

  it('counts each finalized call once under its relation per UTC day; the draft not at all', async () => {
    expect(await rows('report_daily', 'day')).toEqual([
      ['2026-03-20', 'family', 2],
      ['2026-03-20', 'self', 1],
      ['2026-03-21', 'professional', 1],
    ]);
  });

  it('and per UTC hour, so a local range’s edges read the same counts', async () => {
    expect(await rows('report_hourly', 'hour')).toEqual([
      ['2026-03-20 09', 'family', 1],
      ['2026-03-20 09', 'self', 1],
      ['2026-03-20 23', 'family', 1],
      ['2026-03-21 00', 'professional', 1],
    ]);
  });
});
