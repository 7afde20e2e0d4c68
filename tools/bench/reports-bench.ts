import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type {
  ReportRangeQuery,
  ReportSummary,
} from '@casebook/shared/contracts';
import { SQLITE_DIALECT, sqliteTime } from '@casebook/api/core';
import { resolveRange, summaryStatements } from '@casebook/api/reports';
import { PasswordHasher } from '@casebook/api/users';
import { seedSqliteFile } from '../seed/seed-file';
import { ApiClient, startApi, type ApiProcess } from './support/api-process';
import { mb, median, ms, percentile, timed, verdict } from './support/stats';

/**
 * npm run bench:reports — issue 4's figures, each beside its baseline in the same run:
 *  1. the summary endpoint for a year and for 30 days vs the same SQL run directly on the file;
 *  2. a 100,000-row CSV export: time, and the API's memory while it streams;
 *  3. draft-save latency (p95) while year-long reports run back to back vs on an idle API.
 * Options: --fresh (re-seed the million calls), --runs N (timed runs per figure).
 */
const WORKSPACE = resolve(__dirname, '../..');
const DATABASE = join(WORKSPACE, 'tmp/bench/reports-1m.sqlite');
const SEED = {
  cases: 50_000,
  calls: 1_000_000,
  seed: 7,
  end: new Date('2026-11-01T00:00:00Z'),
  counselors: 12,
};
const YEAR: ReportRangeQuery = {
  from: '2025-11-01',
  to: '2026-10-31',
  tz: 'America/New_York',
};
const MONTH: ReportRangeQuery = {
  from: '2026-10-02',
  to: '2026-10-31',
  tz: 'America/New_York',
};
const CSV_ROWS = 100_000;
const SAVES = 150;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      runs: { type: 'string', default: '15' },
    },
  });
  const runs = Number(values.runs);
  await ensureSeeded(values.fresh ?? false);
  await ensureAccounts();
  const api = await startApi(
    WORKSPACE,
    DATABASE,
    3900 + Math.floor(Math.random() * 90),
  );
  const results: boolean[] = [];
  try {
    const { supervisor, counselor } = await accounts(api);
    const direct = new Database(DATABASE, { readonly: true });
    direct.pragma('cache_size = -65536');
    for (const [label, range] of [
      ['a year', YEAR],
      ['30 days', MONTH],
    ] as const) {
      results.push(await summaryFigure(label, range, supervisor, direct, runs));
    }
    direct.close();
    results.push(await csvFigure(api, supervisor));
    results.push(await draftSaveFigure(supervisor, counselor));
  } finally {
    await api.stop();
  }
  process.stdout.write(
    results.every(Boolean)
      ? '\nAll figures met.\n'
      : '\nSome figures missed (see MISS above).\n',
  );
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

async function ensureSeeded(fresh: boolean): Promise<void> {
  if (!fresh && existsSync(DATABASE)) {
    const db = new Database(DATABASE, { readonly: true });
    const { n } = db
      .prepare(`SELECT COUNT(*) AS n FROM calls WHERE status = 'final'`)
      .get() as { n: number };
    db.close();
    if (n >= SEED.calls) {
      process.stdout.write(
        `Reusing ${DATABASE} (${n} finalized calls; --fresh to seed again)\n`,
      );
      return;
    }
  }
  mkdirSync(join(WORKSPACE, 'tmp/bench'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm'])
    rmSync(`${DATABASE}${suffix}`, { force: true });
  process.stdout.write(
    `Seeding ${SEED.calls} finalized calls into ${DATABASE} …\n`,
  );
  const written = await seedSqliteFile({ path: DATABASE, ...SEED });
  process.stdout.write(
    `Seeded ${written.calls} calls / ${written.cases} cases in ${written.seconds.toFixed(1)} s\n`,
  );
}

const PEOPLE = {
  supervisor: 'bench.supervisor',
  counselor: 'bench.counselor',
} as const;
const passwordOf = (username: string) => `${username}-password-1`;

/**
 * The API creates accounts only on an empty database, and the seeded one has its
 * synthetic counselors: the bench's two accounts go straight into the file.
 */
async function ensureAccounts(): Promise<void> {
  const db = new Database(DATABASE);
  const insert =
    db.prepare(`INSERT OR IGNORE INTO users (id, username, display_name, role, password_hash, active,
    created_at, updated_at, last_login_at, version) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL, 1)`);
  const now = sqliteTime(Date.now());
  const hasher = new PasswordHasher();
  for (const [role, username] of Object.entries(PEOPLE)) {
    const hash = await hasher.hash(passwordOf(username));
    insert.run(randomUUID(), username, `Bench ${role}`, role, hash, now, now);
  }
  db.close();
}

async function accounts(
  api: ApiProcess,
): Promise<{ supervisor: ApiClient; counselor: ApiClient }> {
  return {
    supervisor: await ApiClient.signIn(
      api.baseUrl,
      PEOPLE.supervisor,
      passwordOf(PEOPLE.supervisor),
    ),
    counselor: await ApiClient.signIn(
      api.baseUrl,
      PEOPLE.counselor,
      passwordOf(PEOPLE.counselor),
    ),
  };
}

/** The endpoint and the same statements on the file, alternated run by run. */
async function summaryFigure(
  label: string,
  range: ReportRangeQuery,
  supervisor: ApiClient,
  direct: Database.Database,
  runs: number,
): Promise<boolean> {
  const path = `/api/reports/summary?from=${range.from}&to=${range.to}&tz=${encodeURIComponent(range.tz)}`;
  let calls = 0;
  const endpoint: number[] = [];
  const sql: number[] = [];
  await supervisor.json<ReportSummary>('GET', path); // warm both caches once
  runDirect(direct, range);
  for (let run = 0; run < runs; run++) {
    endpoint.push(
      await timed(
        async () =>
          (calls = (await supervisor.json<ReportSummary>('GET', path)).totals
            .calls),
      ),
    );
    sql.push(await timed(() => runDirect(direct, range)));
  }
  const api = median(endpoint);
  const base = median(sql);
  process.stdout.write(
    `\nSummary, ${label} (${range.from} … ${range.to}, ${range.tz}; ${calls} calls), median of ${runs}:\n` +
      `  endpoint ${ms(api)}   direct SQL ${ms(base)}   ratio ${(api / base).toFixed(2)}×\n`,
  );
  return [
    verdict(`summary ${label} ≤ 300 ms`, api <= 300, ms(api)),
    verdict(
      `summary ${label} ≤ 1.5× direct SQL`,
      api <= 1.5 * base,
      `${(api / base).toFixed(2)}×`,
    ),
  ].every(Boolean);
}

/** What the endpoint's queries are, run one after another on the bench's own connection. */
function runDirect(db: Database.Database, range: ReportRangeQuery): void {
  const statements = summaryStatements(SQLITE_DIALECT, resolveRange(range));
  const all = (statement: { sql: string; params: unknown[] }) =>
    db.prepare(statement.sql).all(...statement.params);
  const dimensions = all(statements.dimensions) as {
    dimension: string;
    tally: number;
    item: string;
  }[];
  all(statements.byDay);
  all(statements.byHour);
  all(statements.cases);
  all(statements.newCases);
  const median = statements.median(
    dimensions.find((row) => row.dimension === 'all')?.tally ?? 0,
  );
  if (median) all(median);
  const counselors = dimensions
    .filter((row) => row.dimension === 'counselor')
    .map((row) => row.item);
  if (counselors.length) {
    db.prepare(
      `SELECT id, display_name FROM users WHERE id IN (${counselors.map(() => '?').join(', ')})`,
    ).all(...counselors);
  }
}

/** Exports about 100,000 rows, sampling the API's resident memory while it streams. */
async function csvFigure(
  api: ApiProcess,
  supervisor: ApiClient,
): Promise<boolean> {
  const year = await supervisor.json<ReportSummary>(
    'GET',
    `/api/reports/summary?from=${YEAR.from}&to=${YEAR.to}&tz=UTC`,
  );
  const days = [...year.byDay].reverse();
  let rows = 0;
  let from = days[0].date;
  for (const day of days) {
    rows += day.calls;
    from = day.date;
    if (rows >= CSV_ROWS) break;
  }
  const small = await exportOnce(api, supervisor, days[0].date, days[0].date);
  const large = await exportOnce(api, supervisor, from, days[0].date);
  process.stdout.write(
    `\nCSV export (streamed):\n` +
      `  ${large.rows} rows, ${mb(large.bytes)} in ${(large.ms / 1000).toFixed(2)} s (${Math.round(large.rows / (large.ms / 1000))} rows/s)\n` +
      `  API memory: ${mb(large.before)} before, ${mb(large.peak)} peak (+${mb(large.peak - large.before)})\n` +
      `  baseline, one day (${small.rows} rows, ${mb(small.bytes)}): +${mb(small.peak - small.before)} peak\n`,
  );
  const growth = large.peak - large.before;
  return [
    verdict(
      'CSV export has ≥ 100,000 rows',
      large.rows >= CSV_ROWS,
      String(large.rows),
    ),
    verdict(
      'API memory stays flat while exporting (growth < a quarter of the file)',
      growth < large.bytes / 4,
      `+${mb(growth)} for a ${mb(large.bytes)} file`,
    ),
  ].every(Boolean);
}

async function exportOnce(
  api: ApiProcess,
  supervisor: ApiClient,
  from: string,
  to: string,
) {
  const before = api.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, api.rss())), 10);
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  const response = await supervisor.request(
    'GET',
    `/api/reports/calls.csv?from=${from}&to=${to}`,
  );
  if (!response.ok || !response.body)
    throw new Error(`CSV export answered ${response.status}`);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, api.rss());
  return { rows: lines - 2, bytes, ms: elapsed, before, peak };
}

/** Autosaves of one draft, timed on an idle API and while a supervisor's year reports run back to back. */
async function draftSaveFigure(
  supervisor: ApiClient,
  counselor: ApiClient,
): Promise<boolean> {
  const draft = await counselor.json<{ id: string }>('POST', '/api/calls', {
    direction: 'inbound',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
  });
  const save = (n: number) =>
    counselor.json('PATCH', `/api/calls/${draft.id}`, {
      notes: `Caller says the chills started last night. Save ${n}.`,
    });
  const idle: number[] = [];
  for (let n = 0; n < SAVES; n++) idle.push(await timed(() => save(n)));

  let reporting = true;
  let reports = 0;
  const yearPath = `/api/reports/summary?from=${YEAR.from}&to=${YEAR.to}&tz=${encodeURIComponent(YEAR.tz)}`;
  const load = (async () => {
    while (reporting) {
      await supervisor.json('GET', yearPath);
      reports++;
    }
  })();
  const loaded: number[] = [];
  for (let n = 0; n < SAVES; n++)
    loaded.push(await timed(() => save(SAVES + n)));
  reporting = false;
  await load;

  const idleP95 = percentile(idle, 0.95);
  const loadedP95 = percentile(loaded, 0.95);
  process.stdout.write(
    `\nDraft save (PATCH /api/calls/:id), p95 of ${SAVES}:\n` +
      `  idle API ${ms(idleP95)}   with ${reports} year-long reports running back to back ${ms(loadedP95)}   ratio ${(loadedP95 / idleP95).toFixed(2)}×\n`,
  );
  return verdict(
    'draft save p95 under report load ≤ 2× idle',
    loadedP95 <= 2 * idleP95,
    `${(loadedP95 / idleP95).toFixed(2)}×`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
