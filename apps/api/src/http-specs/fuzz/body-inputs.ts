import fc from 'fast-check';
import {
  anyBadValue,
  badValue,
  deepNesting,
  pollutingValue,
  UNKNOWN_KEYS,
  VALUE_FAMILIES,
  type ValueFamily,
} from './bad-values';
import { describeValue, objectOf, RawJson, toJsonText } from './raw-json';

export const BODY_FAMILIES = [
  ...VALUE_FAMILIES,
  'unknown-keys',
  'shape-swap',
  'empty-body',
] as const;
export type BodyFamily = (typeof BODY_FAMILIES)[number];

type PathKey = string | number;
/** An object becomes an array, an array an object; `wrap` puts the value in `{value}`. */
type Reshape = 'swap' | 'wrap' | 'empty-array' | 'empty-object';

/** One change to a valid body. */
export type BodyEdit =
  | { kind: 'set'; path: PathKey[]; value: unknown }
  | { kind: 'remove'; path: PathKey[] }
  | { kind: 'reshape'; path: PathKey[]; to: Reshape };

/** The body to send as it is (empty, not JSON, or JSON of the wrong shape). */
export interface WholeBody {
  contentType: string | null;
  text: string | null;
  label: string;
}

/** A bad body: a valid one with some optional fields and some edits, or a whole replacement. */
export type BodyPlan =
  | { kind: 'edit'; optional: string[]; edits: BodyEdit[] }
  | { kind: 'whole'; body: WholeBody };

/** What the plans are drawn from: the shape of a valid body of the operation. */
export interface BodyShape {
  required: string[];
  optional: string[];
  /** Every node of the valid body but the root, to depth 3: `['attempt']`, `['attempt', 'result']`. */
  paths: PathKey[][];
  /** Object nodes, the root included: where unknown keys go. */
  objects: PathKey[][];
}

export function shapeOf(
  body: Record<string, unknown>,
  required: string[],
  declared: string[],
): BodyShape {
  const paths: PathKey[][] = declared.map((key) => [key]);
  const objects: PathKey[][] = [[]];
  const walk = (value: unknown, path: PathKey[]) => {
    if (path.length >= 3 || value === null || typeof value !== 'object') return;
    if (!Array.isArray(value)) objects.push(path);
    const keys: PathKey[] = Array.isArray(value)
      ? value.map((_, i) => i)
      : Object.keys(value);
    for (const key of keys) {
      const child = [...path, key];
      paths.push(child);
      walk((value as Record<PathKey, unknown>)[key], child);
    }
  };
  for (const key of declared) walk(body[key], [key]);
  return {
    required: required.filter((k) => declared.includes(k)),
    optional: declared.filter((k) => !required.includes(k)),
    paths,
    objects,
  };
}

const EMPTY_BODIES: WholeBody[] = [
  { contentType: null, text: null, label: '<no body>' },
  { contentType: 'application/json', text: '', label: '<empty JSON body>' },
  { contentType: 'application/json', text: '   ', label: '<whitespace>' },
  { contentType: 'application/json', text: '{}', label: '{}' },
  { contentType: 'application/json', text: 'null', label: 'null' },
  { contentType: 'application/json', text: '[]', label: '[]' },
  { contentType: 'application/json', text: '""', label: '""' },
  { contentType: 'application/json', text: '0', label: '0' },
  { contentType: 'application/json', text: 'true', label: 'true' },
  { contentType: 'application/json', text: '\ufeff{}', label: '<BOM>{}' },
  { contentType: 'application/json', text: '{"a":', label: '<truncated JSON>' },
  { contentType: 'text/plain', text: 'hello', label: '<text/plain>' },
  {
    contentType: 'application/x-www-form-urlencoded',
    text: 'a=1&a=2',
    label: '<form>',
  },
];

const json = (value: unknown, label = describeValue(value)): WholeBody => ({
  contentType: 'application/json',
  text: toJsonText(value),
  label,
});

/** A whole body of the wrong shape: a scalar, an array, deep nesting, prototype keys. */
export const wrongBodies: fc.Arbitrary<WholeBody> = fc.oneof(
  fc.constantFrom(...EMPTY_BODIES),
  anyBadValue.map((value) => json(value)),
  deepNesting.map((raw) => json(raw, raw.label)),
  fc
    .tuple(fc.constantFrom(...UNKNOWN_KEYS), pollutingValue)
    .map(([key, value]) =>
      json(new RawJson(`{${JSON.stringify(key)}:${toJsonText(value)}}`)),
    ),
);

const pick = <T>(items: T[]) => fc.constantFrom(...items);

function setAny(
  shape: BodyShape,
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<BodyEdit> {
  return fc.record({
    kind: fc.constant('set' as const),
    path: pick(shape.paths),
    value,
  });
}

/** The edits of one family, one to three of them. */
function edits(
  shape: BodyShape,
  family: Exclude<BodyFamily, 'empty-body'>,
): fc.Arbitrary<BodyEdit[]> {
  let edit: fc.Arbitrary<BodyEdit>;
  if (family === 'unknown-keys') {
    edit = fc
      .record({
        at: pick(shape.objects),
        key: fc.constantFrom(...UNKNOWN_KEYS),
        value: fc.oneof(pollutingValue, anyBadValue),
      })
      .map(({ at, key, value }) => ({
        kind: 'set' as const,
        path: [...at, key],
        value,
      }));
  } else if (family === 'shape-swap') {
    const reshape = fc.constantFrom<Reshape>(
      'swap',
      'wrap',
      'empty-array',
      'empty-object',
    );
    edit = fc.record({
      kind: fc.constant('reshape' as const),
      path: fc.oneof(pick([[] as PathKey[]]), pick(shape.paths)),
      to: reshape,
    });
  } else if (family === 'null' && shape.required.length) {
    const removal = fc.record({
      kind: fc.constant('remove' as const),
      path: pick(shape.required.map((k) => [k])),
    });
    edit = fc.oneof(
      { arbitrary: setAny(shape, badValue(family)), weight: 3 },
      { arbitrary: removal, weight: 1 },
    );
  } else {
    edit = setAny(shape, badValue(family as ValueFamily));
  }
  return fc.array(edit, {
    minLength: 1,
    maxLength: family === 'huge-string' || family === 'deep-nesting' ? 2 : 3,
  });
}

/** Bad bodies of one family for an operation whose valid body has this shape. */
export function bodyPlans(
  shape: BodyShape,
  family: BodyFamily,
): fc.Arbitrary<BodyPlan> {
  if (family === 'empty-body')
    return fc
      .constantFrom(...EMPTY_BODIES)
      .map((body): BodyPlan => ({ kind: 'whole', body }));
  return fc.record({
    kind: fc.constant('edit' as const),
    optional: fc.subarray(shape.optional),
    edits: edits(shape, family),
  });
}

/** The request body a plan makes of a valid body. */
export function buildBody(
  plan: BodyPlan,
  valid: Record<string, unknown>,
  required: string[],
): WholeBody {
  if (plan.kind === 'whole') return plan.body;
  // A field an edit reaches into is sent, whether or not the plan chose it among the optional ones.
  const edited = plan.edits
    .filter((e) => e.kind !== 'remove')
    .map((e) => String(e.path[0]));
  const sent = new Set([...required, ...plan.optional, ...edited]);
  let body: unknown = copy(
    Object.fromEntries(Object.entries(valid).filter(([key]) => sent.has(key))),
  );
  for (const edit of plan.edits) body = apply(body, edit);
  return {
    contentType: 'application/json',
    text: toJsonText(body),
    label: describeValue(body),
  };
}

function apply(root: unknown, edit: BodyEdit): unknown {
  if (edit.path.length === 0)
    return edit.kind === 'reshape' ? reshape(root, edit.to) : root;
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path[edit.path.length - 1];
  let parent: unknown = root;
  for (const step of parentPath) {
    if (parent === null || typeof parent !== 'object') return root;
    parent = (parent as Record<PathKey, unknown>)[step];
  }
  if (parent === null || typeof parent !== 'object') return root;
  const container = parent as Record<PathKey, unknown>;
  if (edit.kind === 'remove') delete container[key];
  else {
    const value =
      edit.kind === 'set' ? copy(edit.value) : reshape(container[key], edit.to);
    // defineProperty, so that `__proto__` becomes an own key instead of a new prototype.
    Object.defineProperty(container, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}

function reshape(value: unknown, to: Reshape): unknown {
  switch (to) {
    case 'swap':
      if (Array.isArray(value))
        return objectOf(value.map((item, i) => [String(i), item]));
      return [value];
    case 'wrap':
      return objectOf([['value', value]]);
    case 'empty-array':
      return [];
    case 'empty-object':
      return {};
  }
}

/** A deep copy that keeps raw fragments and own `__proto__` keys (the arbitraries share their values). */
function copy(value: unknown): unknown {
  if (value instanceof RawJson || value === null || typeof value !== 'object')
    return value;
  if (Array.isArray(value)) return value.map(copy);
  return objectOf(
    Object.keys(value).map((key) => [
      key,
      copy((value as Record<string, unknown>)[key]),
    ]),
  );
}
