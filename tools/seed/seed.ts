import { parseArgs } from 'node:util';
import { seedSqliteFile } from './seed-file';

/**
 * Fills a SQLite file with synthetic cases and finalized calls (migrating it first).
 *   npm run seed -- --db data/bench.sqlite --cases 50000 --calls 1000000 --seed 7
 * The same --seed and --end give the same rows.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'data/casebook.sqlite' },
      cases: { type: 'string', default: '50' },
      calls: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string' },
      counselors: { type: 'string', default: '12' },
    },
  });
  const cases = positive('cases', values.cases);
  const calls = positive('calls', values.calls);
  const seed = positive('seed', values.seed);
  const counselors = positive('counselors', values.counselors);
  const end = values.end ? new Date(values.end) : startOfToday();
  if (Number.isNaN(end.getTime()))
    throw new Error('--end must be an ISO date, like 2026-11-01T00:00:00Z');

  const written = await seedSqliteFile({
    path: values.db,
    cases,
    calls,
    seed,
    end,
    counselors,
  });
  const seconds = written.seconds;
  process.stdout.write(
    `Wrote ${written.cases} cases and ${written.calls} calls to ${values.db} in ${seconds.toFixed(1)} s ` +
      `(${Math.round(written.calls / seconds)} calls/s)\n`,
  );
}

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number of 1 or more`);
  return value;
}

/** Reproducible by default: the history ends at today's UTC midnight, not at this second. */
function startOfToday(): Date {
  const now = new Date();
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
