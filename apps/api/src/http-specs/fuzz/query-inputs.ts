import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { BAD_DATES, INVALID_UNICODE, UNKNOWN_KEYS } from './bad-values';
import type { QueryParameter } from './openapi-operations';

export const QUERY_FAMILIES = [
  'query-values',
  'query-repeated',
  'query-unknown',
] as const;
export type QueryFamily = (typeof QUERY_FAMILIES)[number];

/** Name and value, both already percent-encoded (some on purpose badly). */
export type QueryPlan = [string, string][];

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate, which that refuses, is
 * written as the three bytes it would take (`%ED%A0%80`): not valid UTF-8.
 */
export function encodeLoose(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [
        0xe0 | (code >> 12),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      ]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

const PLAIN_BAD = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '-0',
  '9007199254740993',
  '-9007199254740993',
  '1e400',
  '0.5',
  '-1',
  '0x1F',
  '1,2',
  '[]',
  '{}',
  'true',
  'Mars/Olympus',
  'UTC+99:00',
  'Etc/GMT-14',
  ...BAD_DATES,
  ...INVALID_UNICODE,
];

/** Malformed or invalid percent-encodings. */
const RAW_BAD = [
  '%',
  '%zz',
  '%00',
  '%C0%AF',
  '%FF%FE',
  '%E2%80%AE',
  '%F0%9F',
  '%ED%A0%80',
  '%25%25',
];

/** One bad, encoded query value. */
export const badQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PLAIN_BAD).map(encodeLoose),
  fc.constantFrom(...RAW_BAD),
  fc
    .record({
      unit: fc.constantFrom('x', 'é', '9'),
      length: fc.integer({ min: 500, max: 2_000 }),
    })
    .map(({ unit, length }) => encodeLoose(unit.repeat(length))),
);

/** A valid value for a declared parameter, from its schema. */
function validQueryValue(parameter: QueryParameter): string {
  const { schema } = parameter;
  if (schema.enum?.length) return encodeLoose(String(schema.enum[0]));
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date-time') return encodeLoose('2026-03-01T00:00:00Z');
  if (schema.example !== undefined) return encodeLoose(String(schema.example));
  if (schema.type === 'boolean') return 'true';
  if (
    schema.minimum !== undefined ||
    schema.type === 'number' ||
    schema.type === 'integer'
  )
    return String(schema.minimum ?? 1);
  return 'fuzz';
}

const UNKNOWN_NAMES = [
  ...UNKNOWN_KEYS.filter(Boolean),
  'sort',
  'limit',
  'offset',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'a[]',
  'a[b][c]',
];

/** Bad query strings of one family for an operation's declared parameters. */
export function queryPlans(
  parameters: QueryParameter[],
  family: QueryFamily,
): fc.Arbitrary<QueryPlan> {
  const names = parameters.map((p) => p.name);
  // Valid values for some declared parameters, or for all (reports need both `from` and `to`).
  const chosen = fc.oneof(fc.subarray(parameters), fc.constant(parameters));
  const valid = chosen.map((some) =>
    some.map((p): [string, string] => [p.name, validQueryValue(p)]),
  );
  const value = fc.oneof(
    badQueryValue,
    fc.constantFrom(...parameters.map(validQueryValue), '1', '2'),
  );
  if (family === 'query-unknown' || names.length === 0) {
    const name = fc.oneof(
      fc.constantFrom(...UNKNOWN_NAMES),
      ...(names.length ? [fc.constantFrom(...names).map((n) => `${n}[]`)] : []),
    );
    const extra = fc.array(fc.tuple(name, value), {
      minLength: 1,
      maxLength: 4,
    });
    return fc.tuple(valid, extra).map(([a, b]) => [...a, ...b]);
  }
  if (family === 'query-repeated') {
    const repeated = fc
      .tuple(
        fc.constantFrom(...names),
        fc.array(value, { minLength: 2, maxLength: 3 }),
      )
      .map(([name, values]) => values.map((v): [string, string] => [name, v]));
    return fc
      .tuple(valid, fc.array(repeated, { minLength: 1, maxLength: 2 }))
      .map(([a, b]) => [...a, ...b.flat()]);
  }
  const bad = fc.array(fc.tuple(fc.constantFrom(...names), badQueryValue), {
    minLength: 1,
    maxLength: 3,
  });
  return fc
    .tuple(valid, bad)
    .map(([a, b]) => [...a.filter(([n]) => !b.some(([m]) => m === n)), ...b]);
}

export function queryString(plan: QueryPlan): string {
  return plan.length
    ? `?${plan.map(([name, value]) => `${name}=${value}`).join('&')}`
    : '';
}
