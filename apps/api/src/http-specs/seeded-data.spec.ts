import Database from 'better-sqlite3';
import type {
  CallRecord,
  CaseRecord,
  SymptomHistory,
} from '@casebook/shared/contracts';
import { rebuildRollups, SQLITE_DIALECT } from '@casebook/api/core';
import { syntheticHistory, writeSqliteHistory } from '@casebook/api/seed';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

/**
 * Rows the bulk seeder writes with raw SQL must read back through TypeORM exactly. The
 * seeder writes SQLite files only, so the PostgreSQL lane has nothing to check here.
 */
const sqliteLane = process.env['DATABASE_TYPE'] !== 'postgres';
(sqliteLane ? describe : () => undefined)('bulk-seeded rows over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads cases, calls and symptom points written by writeSqliteHistory with their exact times and scores', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    const me = (await t.http.get('/api/auth/me').set(bearer(token)).expect(200))
      .body;
    const options = {
      cases: 3,
      calls: 12,
      seed: 99,
      end: new Date('2026-02-01T00:00:00Z'),
      counselorIds: [me.id],
    };
    if (t.config.database.type !== 'sqlite')
      throw new Error('this spec needs SQLite');
    const db = new Database(t.config.database.path);
    const before = db
      .prepare(`SELECT value FROM counters WHERE name = 'case_number'`)
      .get() as { value: number };
    expect(writeSqliteHistory(db, options)).toEqual({ cases: 3, calls: 12 });
    db.close();

    const [expected] = [
      ...syntheticHistory({ ...options, firstCaseNumber: before.value + 1 }),
    ].filter((h) => h.calls.length);
    const found = await t.http
      .get(`/api/cases?q=${expected.caseRow.caseNumber}`)
      .set(bearer(token))
      .expect(200);
    const kase = found.body.items[0] as CaseRecord;
    expect(kase.id).toBe(expected.caseRow.id);
    expect(kase.lastCallAt).toBe(
      expected.caseRow.lastCallAt?.toISOString() ?? null,
    );

    const firstCall = expected.calls[0];
    const call: CallRecord = (
      await t.http
        .get(`/api/calls/${firstCall.id}`)
        .set(bearer(token))
        .expect(200)
    ).body;
    expect(call.status).toBe('final');
    expect(call.startedAt).toBe(firstCall.startedAt.toISOString());
    expect(call.counselorName).toBe(counselor.displayName);

    const history: SymptomHistory = (
      await t.http
        .get(`/api/cases/${kase.id}/symptoms`)
        .set(bearer(token))
        .expect(200)
    ).body;
    const scored = expected.calls.filter((c) => c.assessment);
    expect(history.items.map((p) => p.total)).toEqual(
      scored.map((c) => c.assessment?.total ?? null),
    );

    // The next case created through the API continues the numbering after the seeded ones.
    const next = await t.http
      .post('/api/cases')
      .set(bearer(token))
      .send({ alias: 'After seeding' })
      .expect(201);
    expect(next.body.caseNumber).toBe(`C-${before.value + 4}`);
  });

  it('counts the report rollups of seeded calls exactly as the SQL that finalize runs would', () => {
    if (t.config.database.type !== 'sqlite')
      throw new Error('this spec needs SQLite');
    const db = new Database(t.config.database.path);
    const seeded = {
      cases: 30,
      calls: 400,
      seed: 5,
      end: new Date('2026-03-10T00:00:00Z'),
      counselorIds: [SEED_USER],
    };
    db.prepare(
      `INSERT OR IGNORE INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at,
      version) VALUES (?, 'seed.rollups', 'Seed Rollups', 'counselor', '!', 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', 1)`,
    ).run(SEED_USER);
    writeSqliteHistory(db, seeded);
    const counted = rollupTables(db);
    expect(counted.daily.length).toBeGreaterThan(100);
    db.exec('BEGIN');
    for (const statement of rebuildRollups(SQLITE_DIALECT))
      db.prepare(statement.sql).run(...statement.params);
    db.exec('COMMIT');
    expect(rollupTables(db)).toEqual(counted);
    db.close();
  });
});

const SEED_USER = '5eed0000-0000-4000-8000-000000000011';

function rollupTables(db: Database.Database) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    daily: all('SELECT * FROM report_daily ORDER BY day, dimension, item'),
    hourly: all('SELECT * FROM report_hourly ORDER BY hour, dimension, item'),
    slots: all('SELECT * FROM report_slots ORDER BY slot'),
  };
}
