import type { ReportRangeQuery } from '@casebook/shared/contracts';
import {
  daysInclusive,
  nextDate,
  offsetSegments,
  startOfLocalDay,
  type OffsetSegment,
} from '@casebook/shared/domain';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A half-open span of instants, [from, to). */
export interface InstantSpan {
  from: number;
  to: number;
}

/** Buckets [from, to) of a rollup, as its bucket keys: "YYYY-MM-DD" or "YYYY-MM-DD HH". */
export interface BucketSpan {
  from: string;
  to: string;
}

/**
 * A report's local range as the queries read it: whole UTC days from the daily rollup,
 * whole UTC hours at its edges from the hourly rollup, and the rest (only zones with
 * half- or quarter-hour offsets leave any) from the calls; plus the zone's offsets across
 * it, for calls per local day and hour of the week.
 */
export interface ResolvedRange {
  query: ReportRangeQuery;
  span: InstantSpan;
  days: BucketSpan[];
  hours: BucketSpan[];
  /** Spans read from the calls themselves. */
  edges: InstantSpan[];
  offsets: OffsetSegment[];
  localDates: string[];
}

/** Resolves an already validated range (dates exist, to ≥ from, zone known). */
export function resolveRange(query: ReportRangeQuery): ResolvedRange {
  const span = {
    from: startOfLocalDay(query.from, query.tz),
    to: startOfLocalDay(nextDate(query.to), query.tz),
  };
  const byDay = split(span, DAY);
  const byHour = byDay.rest.map((rest) => split(rest, HOUR));
  const localDates: string[] = [];
  for (
    let date = query.from, n = daysInclusive(query.from, query.to);
    n > 0;
    n--, date = nextDate(date)
  ) {
    localDates.push(date);
  }
  const key = (length: number) => (instant: number) =>
    new Date(instant).toISOString().replace('T', ' ').slice(0, length);
  return {
    query,
    span,
    days: byDay.whole.map((whole) => bucketSpan(whole, key(10))),
    hours: byHour.flatMap((part) =>
      part.whole.map((whole) => bucketSpan(whole, key(13))),
    ),
    edges: byHour.flatMap((part) => part.rest),
    offsets: offsetSegments(query.tz, span.from, span.to),
    localDates,
  };
}

/** The whole units inside a span, and the pieces before and after them. */
function split(
  span: InstantSpan,
  unit: number,
): { whole: InstantSpan[]; rest: InstantSpan[] } {
  const first = Math.ceil(span.from / unit) * unit;
  const last = Math.floor(span.to / unit) * unit;
  if (first >= last) return { whole: [], rest: [span] };
  const rest = [
    { from: span.from, to: first },
    { from: last, to: span.to },
  ].filter((piece) => piece.from < piece.to);
  return { whole: [{ from: first, to: last }], rest };
}

function bucketSpan(
  span: InstantSpan,
  key: (instant: number) => string,
): BucketSpan {
  return { from: key(span.from), to: key(span.to) };
}
