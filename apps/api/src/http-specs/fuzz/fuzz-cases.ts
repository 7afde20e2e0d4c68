import fc from 'fast-check';
import {
  BODY_FAMILIES,
  type BodyPlan,
  bodyPlans,
  type BodyShape,
  wrongBodies,
} from './body-inputs';
import type { Operation } from './openapi-operations';
import {
  encodeLoose,
  QUERY_FAMILIES,
  type QueryPlan,
  queryPlans,
} from './query-inputs';
import { describeValue } from './raw-json';

/** The `{id}` of a path: the target record, a variant of its id, or something else entirely. */
export type PathId =
  | { kind: 'target' }
  | { kind: 'variant'; of: 'upper' | 'space' | 'braces' | 'doubled' }
  | { kind: 'raw'; value: string };

/** One bad request, as a plan; the runner builds it against the current records. */
export class FuzzCase {
  constructor(
    readonly family: string,
    readonly pathId: PathId,
    readonly query: QueryPlan,
    readonly body: BodyPlan | null,
  ) {}

  [fc.toStringMethod](): string {
    const id =
      this.pathId.kind === 'target'
        ? ''
        : ` id=${this.pathId.kind === 'raw' ? describeValue(this.pathId.value) : this.pathId.of}`;
    const query = this.query.length
      ? ` query=${describeValue(this.query.map(([n, v]) => `${n}=${v}`).join('&'))}`
      : '';
    const body = !this.body
      ? ''
      : this.body.kind === 'whole'
        ? ` body=${this.body.body.label}`
        : ` optional=[${this.body.optional.join(',')}] edits=${this.body.edits
            .map(
              (e) =>
                `${e.kind} ${e.path.join('.') || '<root>'}${e.kind === 'set' ? `=${describeValue(e.value)}` : e.kind === 'reshape' ? `→${e.to}` : ''}`,
            )
            .join('; ')}`;
    return `[${this.family}]${id}${query}${body}`;
  }
}

const BAD_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '1e308',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(3_000),
  encodeLoose('\ud800'),
  '%00',
  '%zz',
  '..%2F..%2Fetc',
  encodeLoose("1' OR '1'='1"),
];

const pathIds: fc.Arbitrary<PathId> = fc.oneof(
  fc.uuid().map((value): PathId => ({ kind: 'raw', value })),
  fc.constantFrom(...BAD_IDS).map((value): PathId => ({ kind: 'raw', value })),
  fc
    .constantFrom('upper', 'space', 'braces', 'doubled')
    .map((of): PathId => ({ kind: 'variant', of: of as 'upper' })),
);

const validBodyPlan = (shape: BodyShape | null): BodyPlan | null =>
  shape ? { kind: 'edit', optional: shape.optional, edits: [] } : null;

/** The families an operation is fuzzed with: its body's, its query's, its path's. */
export function familiesOf(operation: Operation): string[] {
  const families: string[] = [];
  if (operation.body) families.push(...BODY_FAMILIES);
  else if (operation.method !== 'get') families.push('unexpected-body');
  families.push(
    ...(operation.queryParameters.length ? QUERY_FAMILIES : ['query-unknown']),
  );
  if (operation.pathParameters.length) families.push('bad-id');
  return families;
}

/** Bad requests of one family for an operation. */
export function fuzzCases(
  operation: Operation,
  shape: BodyShape | null,
  family: string,
): fc.Arbitrary<FuzzCase> {
  const target: PathId = { kind: 'target' };
  if ((BODY_FAMILIES as readonly string[]).includes(family) && shape) {
    return bodyPlans(shape, family as (typeof BODY_FAMILIES)[number]).map(
      (body) => new FuzzCase(family, target, [], body),
    );
  }
  if (family === 'unexpected-body')
    return wrongBodies.map(
      (body) => new FuzzCase(family, target, [], { kind: 'whole', body }),
    );
  if (family === 'bad-id')
    return pathIds.map(
      (id) => new FuzzCase(family, id, [], validBodyPlan(shape)),
    );
  return queryPlans(
    operation.queryParameters,
    family as (typeof QUERY_FAMILIES)[number],
  ).map((query) => new FuzzCase(family, target, query, validBodyPlan(shape)));
}
