/**
 * JSON text the fuzzer sends. Some bad inputs cannot be built as JavaScript values and
 * stringified: `-0`, 2**53+1 and 1e400 lose their spelling, and 10,000 nested arrays would
 * overflow our own stack. A {@link RawJson} leaf is written into the text as it is.
 */
export class RawJson {
  constructor(
    readonly text: string,
    /** How the value is shown in a failure report (the text may be 200 KB). */
    readonly label = text,
  ) {}
}

/** Serializes a value whose leaves may be {@link RawJson}; objects keep own keys, `__proto__` included. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value).map(
      (key) =>
        `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`,
    );
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short, readable rendering for failure reports: long strings and raw fragments are summarized. */
export function describeValue(value: unknown, limit = 80): string {
  if (value instanceof RawJson)
    return value.label.length > limit
      ? `${value.label.slice(0, limit)}…`
      : value.label;
  if (typeof value === 'string') {
    const json = JSON.stringify(value);
    return json.length > limit
      ? `${json.slice(0, limit)}…(${value.length} chars)`
      : json;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => describeValue(v, limit)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value).map(
      (k) =>
        `${JSON.stringify(k)}:${describeValue((value as Record<string, unknown>)[k], limit)}`,
    );
    return `{${members.join(',')}}`;
  }
  return String(value);
}

/** An object with exactly these own keys, `__proto__` and `constructor` included, and no prototype. */
export function objectOf(
  entries: [string, unknown][],
): Record<string, unknown> {
  const object = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of entries)
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}
