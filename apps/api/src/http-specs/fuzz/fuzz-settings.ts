/** Seed, runs and time budget, from the environment: FUZZ_SEED, FUZZ_RUNS, FUZZ_BUDGET_SECONDS. */
export interface FuzzSettings {
  seed: number;
  /** Runs per operation and family of bad input. */
  runs: number;
  /** Time for all the checks together; a check gets a share of what is left. */
  budgetMs: number;
}

export function fuzzSettings(
  env: NodeJS.ProcessEnv = process.env,
): FuzzSettings {
  const seed = env['FUZZ_SEED']
    ? Number(env['FUZZ_SEED'])
    : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FUZZ_SEED must be an integer, not ${env['FUZZ_SEED']}`);
  const runs = Number(env['FUZZ_RUNS'] ?? 16);
  const budgetMs = Number(env['FUZZ_BUDGET_SECONDS'] ?? 70) * 1000;
  return { seed, runs, budgetMs };
}

/** A check's own seed, from the run's seed and the check's name, so that each reproduces alone. */
export function checkSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name)
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return (hash ^ seed) | 0;
}

/** Shares out the time budget among the checks still to run. */
export class Budget {
  private readonly deadline: number;

  constructor(
    budgetMs: number,
    private checksLeft: number,
  ) {
    this.deadline = Date.now() + budgetMs;
  }

  /**
   * Time for the next check: three times a fair share of what is left (checks differ: a
   * password hash or a 200 KB body is slow), and never under five seconds.
   */
  nextCheckMs(): number {
    const share = (this.deadline - Date.now()) / Math.max(1, this.checksLeft);
    this.checksLeft -= 1;
    return Math.max(5_000, Math.round(share * 3));
  }
}
