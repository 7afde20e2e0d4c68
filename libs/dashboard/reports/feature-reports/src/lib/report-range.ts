import { REPORT_MAX_DAYS } from '@casebook/shared/contracts';
import {
  daysInclusive,
  isCalendarDate,
  isKnownTimeZone,
  localDate,
} from '@casebook/shared/domain';

/** The ranges offered at a click; `custom` is any other pair of dates. */
export const REPORT_PRESETS = [
  'today',
  '7d',
  '30d',
  'quarter',
  'custom',
] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];
export type FixedPreset = Exclude<ReportPreset, 'custom'>;

export const PRESET_LABELS: Readonly<Record<ReportPreset, string>> = {
  today: 'Today',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  quarter: 'This quarter',
  custom: 'Custom',
};

/** A report's local dates (YYYY-MM-DD, both included). */
export interface LocalDateRange {
  from: string;
  to: string;
}

const DAY_MS = 24 * 3600_000;

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

/** The date `days` after (or before, when negative) `date`: plain dates, no zone, no DST. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** True for a time zone this browser knows (IANA names and their aliases, UTC). */
export function isTimeZone(value: unknown): value is string {
  return (
    typeof value === 'string' && value.trim() !== '' && isKnownTimeZone(value)
  );
}

/** The browser's own zone, the default for a report. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The dates a preset covers on the day it is in `tz` at `now`: "Last 7 days" is today and
 * the six before it; "This quarter" runs from the quarter's first day through today.
 */
export function presetRange(
  preset: FixedPreset,
  tz: string,
  now: number,
): LocalDateRange {
  const to = localDate(tz, now);
  switch (preset) {
    case 'today':
      return { from: to, to };
    case '7d':
      return { from: addDays(to, -6), to };
    case '30d':
      return { from: addDays(to, -29), to };
    case 'quarter': {
      const month = Number(to.slice(5, 7));
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return {
        from: `${to.slice(0, 4)}-${String(first).padStart(2, '0')}-01`,
        to,
      };
    }
  }
}

/** Why a pair of dates is not a report range, in words; null when it is one. */
export function rangeProblem(from: unknown, to: unknown): string | null {
  if (!isLocalDate(from) || !isLocalDate(to)) {
    return 'Choose both dates.';
  }
  if (to < from) {
    return 'The end date is before the start date.';
  }
  if (daysInclusive(from, to) > REPORT_MAX_DAYS) {
    return `A report covers at most ${REPORT_MAX_DAYS} days.`;
  }
  return null;
}

/** The preset whose range this is today, or `custom`. */
export function presetOf(
  range: LocalDateRange,
  tz: string,
  now: number,
): ReportPreset {
  const fixed = REPORT_PRESETS.filter((p): p is FixedPreset => p !== 'custom');
  return (
    fixed.find((preset) => {
      const candidate = presetRange(preset, tz, now);
      return candidate.from === range.from && candidate.to === range.to;
    }) ?? 'custom'
  );
}
