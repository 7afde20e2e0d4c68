import fc from 'fast-check';
import { bearer, type TestApp } from '../../testing/test-app';
import {
  buildBody,
  type BodyShape,
  shapeOf,
  type WholeBody,
} from './body-inputs';
import { type FuzzCase, fuzzCases, type PathId } from './fuzz-cases';
import { Budget, checkSeed, type FuzzSettings } from './fuzz-settings';
import type { FuzzWorld, Target } from './fuzz-world';
import type { Operation } from './openapi-operations';
import { violations } from './property';
import { queryString } from './query-inputs';
import { countRows } from './table-counts';
import { validBody } from './valid-bodies';

/** What the closing line reports. */
export interface FuzzStats {
  requests: number;
  serverErrors: number;
  /** Checks the time budget stopped before their runs were done. */
  cutShort: number;
}

const REQUEST_TIMEOUT_MS = 20_000;

/** Sends bad requests of every family to one operation; returns a report per failing check. */
export class FuzzRunner {
  readonly stats: FuzzStats = { requests: 0, serverErrors: 0, cutShort: 0 };
  /** The exchange under way: a check cut short by the time limit must not leave one running into the next. */
  private inFlight: Promise<void> = Promise.resolve();
  private readonly shapes = new Map<string, BodyShape | null>();
  private addressCounter = 0;

  constructor(
    private readonly t: TestApp,
    private readonly world: FuzzWorld,
    private readonly tables: string[],
    private readonly settings: FuzzSettings,
    private readonly budget: Budget,
  ) {}

  async check(operation: Operation, family: string): Promise<string | null> {
    const cases = fuzzCases(operation, await this.shapeOf(operation), family);
    const name = `${operation.label} ${family}`;
    const details = await fc.check(
      fc.asyncProperty(
        cases,
        (c) => (this.inFlight = this.exchange(operation, c)),
      ),
      {
        seed: checkSeed(this.settings.seed, name),
        numRuns: this.settings.runs,
        interruptAfterTimeLimit: this.budget.nextCheckMs(),
      },
    );
    await this.inFlight.catch(() => undefined);
    if (details.interrupted && !details.failed) this.stats.cutShort += 1;
    if (!details.failed) return null;
    const error =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    const example = details.counterexample
      ? fc.stringify(details.counterexample[0])
      : '(none)';
    return [
      `${name}: ${error}`,
      `  smallest input found: ${example}`,
      `  fast-check seed ${details.seed}, path "${details.counterexamplePath}", ${details.numShrinks} shrinks; FUZZ_SEED=${this.settings.seed} reruns it all`,
    ].join('\n');
  }

  /** One request, checked against the property; throws what it broke. */
  private async exchange(
    operation: Operation,
    fuzzCase: FuzzCase,
  ): Promise<void> {
    const target = await this.world.targetFor(operation);
    const token = await this.world.tokenFor(operation);
    const url =
      operation.path.replace(/\{[^}]+\}/g, pathId(fuzzCase.pathId, target)) +
      queryString(fuzzCase.query);
    const body =
      fuzzCase.body && (await this.body(operation, fuzzCase, target));
    const before = await countRows(this.t, this.tables);
    let request =
      this.t.http[operation.method](url).timeout(REQUEST_TIMEOUT_MS);
    if (token) request = request.set(bearer(token));
    // The login throttle counts per client address: each sign-in attempt comes from its own.
    if (operation.path === '/api/auth/login')
      request = request.set('X-Forwarded-For', this.nextAddress());
    if (body?.contentType)
      request = request.set('Content-Type', body.contentType);
    const response = await (body?.text != null
      ? request.send(body.text)
      : request);
    const after = await countRows(this.t, this.tables);
    this.stats.requests += 1;
    if (response.status >= 500) this.stats.serverErrors += 1;
    this.world.noteResponse(operation, response.status, response.body);
    const exchange = {
      method: operation.method.toUpperCase(),
      path: operation.path,
      status: response.status,
    };
    const problems = violations(exchange, response.text ?? '', before, after);
    if (problems.length) {
      const shown = url.length > 160 ? `${url.slice(0, 160)}…` : url;
      throw new Error(
        `${exchange.method} ${shown} answered ${response.status}: ${problems.join('; ')}; response ${JSON.stringify((response.text ?? '').slice(0, 300))}`,
      );
    }
  }

  private async body(
    operation: Operation,
    fuzzCase: FuzzCase,
    target: Target | null,
  ): Promise<WholeBody> {
    if (fuzzCase.body?.kind === 'whole' || !operation.body)
      return fuzzCase.body?.kind === 'whole'
        ? fuzzCase.body.body
        : { contentType: null, text: null, label: '' };
    const valid = validBody(
      operation.body.name,
      operation.body.schema,
      this.world.bodyRefs(target),
    );
    return buildBody(
      fuzzCase.body ?? { kind: 'edit', optional: [], edits: [] },
      valid,
      operation.body.schema.required ?? [],
    );
  }

  /** The shape of a valid body of the operation, read once. */
  private async shapeOf(operation: Operation): Promise<BodyShape | null> {
    if (!operation.body) return null;
    if (!this.shapes.has(operation.label)) {
      const { name, schema } = operation.body;
      const valid = validBody(
        name,
        schema,
        this.world.bodyRefs(await this.world.targetFor(operation)),
      );
      this.shapes.set(
        operation.label,
        shapeOf(
          valid,
          schema.required ?? [],
          Object.keys(schema.properties ?? {}),
        ),
      );
    }
    return this.shapes.get(operation.label) ?? null;
  }

  private nextAddress(): string {
    const n = ++this.addressCounter;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  }
}

function pathId(id: PathId, target: Target | null): string {
  if (id.kind === 'raw') return id.value;
  const real = target?.id ?? '00000000-0000-4000-8000-000000000000';
  if (id.kind === 'target') return real;
  switch (id.of) {
    case 'upper':
      return real.toUpperCase();
    case 'space':
      return `${real}%20`;
    case 'braces':
      return `%7B${real}%7D`;
    case 'doubled':
      return `${real}${real}`;
  }
}
