import fc from 'fast-check';
import { objectOf, RawJson } from './raw-json';

/**
 * The kinds of bad value the fuzzer puts into bodies and query strings. None of them
 * contains SQL words or file paths, so an echo of the input is never mistaken for a leak.
 */
export const VALUE_FAMILIES = [
  'null',
  'wrong-type',
  'huge-string',
  'invalid-unicode',
  'extreme-number',
  'bad-date',
  'deep-nesting',
] as const;
export type ValueFamily = (typeof VALUE_FAMILIES)[number];

/** Just under the 1 MB body limit once the rest of the body is added. */
const HUGE_STRING_BYTES = 200_000;

const wrongTypes: unknown[] = [
  true,
  false,
  0,
  1,
  -1,
  1.5,
  '',
  'x',
  '1',
  'true',
  'null',
  [],
  {},
  ['a'],
  [1, 2],
  { a: 1 },
  [null],
];

/** Lone surrogates, reversed pairs, noncharacters, NUL and friends. */
export const INVALID_UNICODE = [
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\udc00\ud800',
  'Sam \ud83d',
  '\uffff',
  '\ufffe',
  '\u0000',
  'nul\u0000inside',
  '\u202eevil',
  '\ufeff',
  '\u0007\u001b[31m',
];

/** Numbers JSON can spell but doubles, integers and databases may not hold. */
const EXTREME_NUMBERS = [
  '1e308',
  '-1e308',
  '-0',
  '9007199254740993',
  '-9007199254740993',
  '1e400',
  '-1e400',
  '5e-324',
  '1e-400',
  '0.5',
  '-1',
  '2147483648',
  '-2147483649',
  '1e21',
  '123456789012345678901234567890',
  '0',
];

/** Out-of-range, impossible, zone-less and empty timestamps. */
export const BAD_DATES = [
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T23:59:60Z',
  '2026-01-01',
  '2026-01-01T00:00:00',
  '2026-01-01T00:00:00+99:99',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+999999-01-01T00:00:00Z',
  '1969-12-31T23:59:59.999999999Z',
  'now',
  'T',
];

const hugeString = fc
  .record({
    unit: fc.constantFrom('x', 'é', '𝕏', ' ', '9', '\u0000'),
    bytes: fc.integer({ min: 10_000, max: HUGE_STRING_BYTES }),
  })
  .map(({ unit, bytes }) => unit.repeat(Math.floor(bytes / jsonBytes(unit))));

/** Bytes a string takes inside JSON text (`\u0000` is written as six). */
function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text)) - 2;
}

/** Nested arrays, objects or both, 50 to 10,000 levels, as JSON text. */
export const deepNesting = fc
  .record({
    depth: fc.integer({ min: 50, max: 10_000 }),
    shape: fc.constantFrom('array', 'object', 'mixed'),
  })
  .map(({ depth, shape }) => {
    const open =
      shape === 'array' ? '[' : shape === 'object' ? '{"a":' : '[{"a":';
    const close = shape === 'array' ? ']' : shape === 'object' ? '}' : '}]';
    return new RawJson(
      `${open.repeat(depth)}1${close.repeat(depth)}`,
      `<${shape} nested ${depth} levels>`,
    );
  });

const extremeNumber = fc
  .constantFrom(...EXTREME_NUMBERS)
  .map((text) => new RawJson(text));

/** One bad JSON value of a family. */
export function badValue(family: ValueFamily): fc.Arbitrary<unknown> {
  switch (family) {
    case 'null':
      return fc.constant(null);
    case 'wrong-type':
      return fc.constantFrom(...wrongTypes);
    case 'huge-string':
      return hugeString;
    case 'invalid-unicode':
      return fc.constantFrom(...INVALID_UNICODE);
    case 'extreme-number':
      return extremeNumber;
    case 'bad-date':
      return fc.constantFrom(...BAD_DATES);
    case 'deep-nesting':
      return deepNesting;
  }
}

/** Keys no DTO declares, prototype keys first. */
export const UNKNOWN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'isAdmin',
  'role',
  'createdAt',
  'deleted',
  '',
  'a.b',
  '$where',
  'hasOwnProperty',
  'toString',
];

/** Values that try to pollute a prototype when merged. */
export const pollutingValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  objectOf([['isAdmin', true]]),
  objectOf([['prototype', objectOf([['polluted', true]])]]),
  objectOf([['__proto__', objectOf([['polluted', true]])]]),
  true,
  'admin',
  1,
  null,
);

/** Any bad value of any family. */
export const anyBadValue: fc.Arbitrary<unknown> = fc.oneof(
  ...VALUE_FAMILIES.map(badValue),
  pollutingValue,
);
