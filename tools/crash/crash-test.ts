import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClient } from '../bench/support/api-process';
import { mb } from '../bench/support/stats';
import { killRunningApis, launchApi } from './support/api-launcher';
import { Ledger } from './support/ledger';
import { type Tally, verifyCalls } from './support/verify';
import { startWriters } from './support/writer-pool';

/**
 * npm run test:crash — acknowledged call saves survive a kill -9 of the API.
 * Each round starts the built API on a fresh SQLite file, lets W writers create and autosave
 * call drafts, SIGKILLs the API at a random moment while they are busy, starts it again on
 * the same file and reads every call back: each acknowledged save must be there exactly.
 * Options: --rounds N (2), --writers W (20), --seconds S (5, the longest a round writes).
 */
const WORKSPACE = resolve(__dirname, '../..');
/** The demo counselor of DEMO_DATA=1 (README); its password is published, as demo data's are. */
const COUNSELOR = { username: 'counselor', password: 'counselor-demo-1' };
/** Writers share a few sessions, as several devices signed in to one account would. */
const WRITERS_PER_SESSION = 10;
const MAX_SESSIONS = 5;
/** The kill lands somewhere in this part of the writing time, never at its very start or end. */
const KILL_WINDOW = { from: 0.25, to: 0.9 };
/** Beyond the writing itself, what a round may take (two starts, the read-back) before the watchdog ends the run. */
const ROUND_OVERHEAD_SECONDS = 150;

interface Options {
  rounds: number;
  writers: number;
  seconds: number;
}

async function main(): Promise<void> {
  const options = readOptions();
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-crash-'));
  // Whatever way the run ends, no API child and no temp file outlives it.
  process.on('exit', () => {
    killRunningApis();
    rmSync(scratch, { recursive: true, force: true });
  });
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const budget = options.rounds * (options.seconds + ROUND_OVERHEAD_SECONDS);
  setTimeout(() => {
    process.stderr.write(
      `crash test: still running after ${budget} s; giving up\n`,
    );
    process.exit(1);
  }, budget * 1000).unref();

  const started = performance.now();
  process.stdout.write(
    `Crash test: ${options.rounds} rounds, ${options.writers} writers, up to ${options.seconds} s of writing each\n`,
  );
  const total = emptyTally();
  let passed = true;
  for (let round = 1; round <= options.rounds; round++) {
    const result = await runRound(
      `round ${round}/${options.rounds}`,
      options,
      join(scratch, `round-${round}.sqlite`),
    );
    add(total, result.tally);
    passed = report(result) && passed;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nTotal over ${options.rounds} rounds (${seconds} s): ${figures(total)}\n`,
  );
  process.stdout.write(
    passed
      ? 'PASS  every acknowledged save survived kill -9\n'
      : 'FAIL  see above\n',
  );
  process.exitCode = passed ? 0 : 1;
}

interface RoundResult {
  label: string;
  tally: Tally;
  unexpected: string[];
  calls: number;
  killedAfter: number;
  inFlight: number;
  walBytes: number;
}

async function runRound(
  label: string,
  options: Options,
  databasePath: string,
): Promise<RoundResult> {
  const ledger = new Ledger();
  const api = await launchApi(WORKSPACE, databasePath);
  const sessions = Math.min(
    MAX_SESSIONS,
    Math.ceil(options.writers / WRITERS_PER_SESSION),
  );
  const clients = await Promise.all(
    Array.from({ length: sessions }, () => signIn(api.baseUrl)),
  );

  const pool = startWriters({
    clients,
    writers: options.writers,
    seconds: options.seconds,
    ledger,
  });
  const killedAfter =
    options.seconds *
    (KILL_WINDOW.from + Math.random() * (KILL_WINDOW.to - KILL_WINDOW.from));
  await new Promise((done) => setTimeout(done, killedAfter * 1000));
  const inFlight = pool.stopForKill();
  // Shown to make plain the kill met a live WAL (the file's size is its high-water mark, not what awaits a checkpoint).
  const walBytes = sizeOf(`${databasePath}-wal`);
  await api.kill9();
  await pool.done;

  const reopened = await launchApi(WORKSPACE, databasePath);
  try {
    const tally = await verifyCalls(await signIn(reopened.baseUrl), ledger);
    return {
      label,
      tally,
      unexpected: ledger.unexpected,
      calls: ledger.calls.size,
      killedAfter,
      inFlight,
      walBytes,
    };
  } finally {
    await reopened.stop();
  }
}

/** Prints a round's figures and problems; true when nothing acknowledged was lost or changed. */
function report(result: RoundResult): boolean {
  const { tally } = result;
  process.stdout.write(
    `\n${result.label}: killed after ${result.killedAfter.toFixed(2)} s with ${result.inFlight} requests in flight ` +
      `(WAL file ${mb(result.walBytes)}); ${result.calls} calls written\n` +
      `  ${figures(tally)}\n` +
      `  unanswered at the kill ${tally.unanswered}, of which stored anyway ${tally.unansweredStored}\n`,
  );
  const problems = [...tally.problems, ...result.unexpected];
  for (const line of problems.slice(0, 10))
    process.stdout.write(`  ! ${line}\n`);
  if (problems.length > 10)
    process.stdout.write(`  ! … and ${problems.length - 10} more\n`);
  if (!tally.acknowledged)
    process.stdout.write(
      '  ! nothing was acknowledged before the kill: the round proves nothing\n',
    );
  return (
    !problems.length &&
    tally.missing === 0 &&
    tally.mismatched === 0 &&
    tally.acknowledged > 0
  );
}

const figures = (t: Tally) =>
  `acknowledged ${t.acknowledged}, found ${t.found}, missing ${t.missing}, mismatched ${t.mismatched}`;

function emptyTally(): Tally {
  return {
    acknowledged: 0,
    found: 0,
    missing: 0,
    mismatched: 0,
    unanswered: 0,
    unansweredStored: 0,
    problems: [],
  };
}

function add(total: Tally, round: Tally): void {
  total.acknowledged += round.acknowledged;
  total.found += round.found;
  total.missing += round.missing;
  total.mismatched += round.mismatched;
  total.unanswered += round.unanswered;
  total.unansweredStored += round.unansweredStored;
}

const signIn = (baseUrl: string) =>
  ApiClient.signIn(baseUrl, COUNSELOR.username, COUNSELOR.password);

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '2' },
      writers: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '5' },
    },
  });
  return {
    rounds: whole('--rounds', values.rounds, 1, 50),
    writers: whole('--writers', values.writers, 1, 500),
    seconds: whole('--seconds', values.seconds, 1, 300),
  };
}

function whole(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash test failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
