import { startTestApp, type TestApp } from '../../testing/test-app';
import { familiesOf } from './fuzz-cases';
import { FuzzRunner } from './fuzz-runner';
import { Budget, fuzzSettings } from './fuzz-settings';
import { FuzzWorld } from './fuzz-world';
import { type Operation, readOperations } from './openapi-operations';
import { tableNames } from './table-counts';

/**
 * Property-based fuzzing of every write and query operation of the OpenAPI document: bad
 * bodies, query strings and ids never get a 5xx or a leak of internals, and a refusal (4xx)
 * changes no table but as documented (see property.ts). FUZZ_SEED reruns a run exactly (as
 * far as inputs go); FUZZ_RUNS and FUZZ_BUDGET_SECONDS size it.
 */

/** Operations not fuzzed, and why. */
const NOT_FUZZED: Record<string, string> = {
  'GET /api/board/events':
    'a server-sent event stream that stays open; it takes no input',
};

const settings = fuzzSettings();
const SETUP_TIMEOUT_MS = 120_000;
/** The budget bounds the checks; shrinking a failure and a slow machine may add some. */
const FUZZ_TIMEOUT_MS = settings.budgetMs + 120_000;

describe('HTTP fuzzing from the OpenAPI document', () => {
  let t: TestApp;
  let runner: FuzzRunner;
  let operations: Operation[] = [];
  let tables: string[] = [];

  beforeAll(async () => {
    // Behind a "proxy", each sign-in attempt comes from an address of its own (X-Forwarded-For),
    // so the login throttle, counted per address, does not turn every later attempt into a 429.
    t = await startTestApp({ TRUST_PROXY: '1' });
    operations = (await readOperations(t)).filter(
      (op) => !(op.label in NOT_FUZZED),
    );
    const world = await FuzzWorld.create(t);
    const checks = operations.reduce(
      (sum, op) => sum + familiesOf(op).length,
      0,
    );
    tables = await tableNames(t);
    runner = new FuzzRunner(
      t,
      world,
      tables,
      settings,
      new Budget(settings.budgetMs, checks),
    );
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    if (runner) {
      const { requests, serverErrors, cutShort } = runner.stats;
      const cut = cutShort
        ? `, ${cutShort} checks cut short by the ${settings.budgetMs / 1000} s budget`
        : '';
      console.log(
        `fuzz: ${requests} requests, ${serverErrors} 5xx, seed ${settings.seed}${cut}`,
      );
    }
    await t?.close();
  });

  it('covers every operation of the document, and counts every table', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(tables).toEqual(
      jasmine.arrayContaining([
        'users',
        'sessions',
        'login_failures',
        'audit_events',
        'cases',
        'calls',
        'callbacks',
        'counters',
        'report_daily',
      ]),
    );
  });

  for (const [label, reason] of Object.entries(NOT_FUZZED)) {
    it(`does not fuzz ${label}`, () => pending(reason));
  }

  it(
    'answers every bad request without a 5xx or a leak, and refuses it without writing',
    async () => {
      const failures: string[] = [];
      for (const operation of operations) {
        for (const family of familiesOf(operation)) {
          const failure = await runner.check(operation, family);
          if (failure) failures.push(failure);
        }
      }
      if (failures.length) {
        fail(
          `${failures.length} failing checks (FUZZ_SEED=${settings.seed}):\n\n${failures.join('\n\n')}`,
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
