const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
const DAY = 24 * 60 * MINUTE;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function utcOffsetMinutes(tz: string, at: number): number {
  let format = offsetFormats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      timeZoneName: 'longOffset',
    });
    offsetFormats.set(tz, format);
  }
  const name =
    format.formatToParts(at).find((part) => part.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The local calendar date of an instant in a zone. */
export function localDate(tz: string, at: number): string {
  return new Date(at + utcOffsetMinutes(tz, at) * MINUTE)
    .toISOString()
    .slice(0, 10);
}

/**
 * The first instant of a local calendar date: its midnight, or, where a daylight-saving
 * change skips midnight (Santiago, Havana), the first minute the day has.
 */
export function startOfLocalDay(date: string, tz: string): number {
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  let instant = wallMidnight - utcOffsetMinutes(tz, wallMidnight) * MINUTE;
  instant = wallMidnight - utcOffsetMinutes(tz, instant) * MINUTE;
  // A skipped midnight lands on the day before: step to the day's first quarter hour.
  while (localDate(tz, instant) < date) instant += QUARTER_HOUR;
  while (localDate(tz, instant - QUARTER_HOUR) === date)
    instant -= QUARTER_HOUR;
  return instant;
}

/** The date after a calendar date. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY)
    .toISOString()
    .slice(0, 10);
}

/** Calendar days from `from` to `to`, both included (1 when equal). */
export function daysInclusive(from: string, to: string): number {
  return (
    Math.round(
      (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY,
    ) + 1
  );
}

/** One stretch of time over which a zone keeps one offset. */
export interface OffsetSegment {
  /** Instant the segment starts at (ms since the epoch). */
  from: number;
  /** Instant it ends before. */
  to: number;
  offsetMinutes: number;
}

/**
 * The offsets a zone has between two instants, split where daylight saving changes them
 * (a year has two or three segments). Zone changes happen on quarter hours, so they are
 * found to the quarter hour: day by day, then by halving.
 */
export function offsetSegments(
  tz: string,
  from: number,
  to: number,
): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let start = from;
  let offset = utcOffsetMinutes(tz, from);
  let probe = from;
  while (probe < to) {
    const next = Math.min(probe + DAY, to);
    const nextOffset = utcOffsetMinutes(tz, next === to ? to - 1 : next);
    if (nextOffset !== offset) {
      const change = firstInstantWithOffset(tz, probe, next, nextOffset);
      segments.push({ from: start, to: change, offsetMinutes: offset });
      start = change;
      offset = nextOffset;
    }
    probe = next;
  }
  segments.push({ from: start, to, offsetMinutes: offset });
  return segments;
}

function firstInstantWithOffset(
  tz: string,
  low: number,
  high: number,
  offset: number,
): number {
  let before = Math.floor(low / QUARTER_HOUR) * QUARTER_HOUR;
  let after = Math.ceil(high / QUARTER_HOUR) * QUARTER_HOUR;
  while (after - before > QUARTER_HOUR) {
    const middle =
      before + Math.floor((after - before) / 2 / QUARTER_HOUR) * QUARTER_HOUR;
    if (utcOffsetMinutes(tz, middle) === offset) after = middle;
    else before = middle;
  }
  return after;
}
