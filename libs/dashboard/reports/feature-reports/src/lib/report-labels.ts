import type {
  CallerRelation,
  CallOutcome,
  InstrumentId,
  RiskLevel,
  Severity,
} from '@casebook/shared/contracts';
import {
  SYMPTOM_CATALOGUE,
  dateTimeText,
  daysInclusive,
  getInstrument,
} from '@casebook/shared/domain';
import {
  CALL_DIRECTION_LABELS,
  CALL_OUTCOME_LABELS,
  RISK_LEVEL_LABELS,
} from '@casebook/dashboard/cases/ui';
import { CALLER_RELATION_LABELS } from '@casebook/dashboard/calls/ui';
import {
  clockDuration,
  REFERRAL_TYPE_LABELS,
  SEVERITY_LABELS,
} from '@casebook/dashboard/shared/ui';
import type { ReportDrillFilter } from './report-query-params';

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** "09:00": the hour a heatmap column or a drill-down starts at (24-hour clock). */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** "3 calls", "1 call". */
export function countOf(count: number, unit: string): string {
  return `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;
}

/** A handle time as the helpline reads it: "4:07", "1:02:03", or "—" with no finished call. */
export function formatHandleTime(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) {
    return '—';
  }
  return clockDuration(Math.round(seconds));
}

/** "Tue 10 Mar 2026" (the shared format, ADR 34) for a local date, read as a plain date in no zone. */
export function dayLabel(date: string): string {
  return dateTimeText(Date.parse(`${date}T00:00:00Z`), {
    style: 'date',
    timeZone: 'UTC',
  });
}

export function outcomeLabel(outcome: CallOutcome | 'none'): string {
  return outcome === 'none'
    ? 'No outcome recorded'
    : CALL_OUTCOME_LABELS[outcome];
}

export function riskLabel(level: RiskLevel | 'not-screened'): string {
  return level === 'not-screened' ? 'Not screened' : RISK_LEVEL_LABELS[level];
}

/** Who called, relative to the person the call is about: "Self", "Family", … (the call screen's words). */
export function relationLabel(relation: CallerRelation): string {
  return CALLER_RELATION_LABELS[relation];
}

export function bandLabel(severity: Severity | 'partial'): string {
  return severity === 'partial'
    ? 'Partial, no total'
    : SEVERITY_LABELS[severity];
}

export function instrumentLabel(instrument: InstrumentId): string {
  return getInstrument(instrument)?.abbreviation ?? instrument.toUpperCase();
}

const SYMPTOM_NAMES = new Map(SYMPTOM_CATALOGUE.map((s) => [s.id, s.label]));

/** The catalogue's name for a symptom; the id itself for one the catalogue has dropped. */
export function symptomLabel(symptomId: string): string {
  return SYMPTOM_NAMES.get(symptomId) ?? symptomId;
}

/**
 * Which calls a drill-down lists, in words: "Tuesday 14:00", "SOWS · Moderate",
 * "Counselor: Sam Reyes". `counselorName` names the counselor when the page knows it.
 */
export function describeDrill(
  filter: ReportDrillFilter,
  counselorName?: string | null,
): string {
  const parts: string[] = [];
  if (filter.day !== undefined) {
    parts.push(dayLabel(filter.day));
  }
  if (filter.weekday !== undefined || filter.hour !== undefined) {
    const day =
      filter.weekday !== undefined
        ? `${WEEKDAY_NAMES[filter.weekday]}s`
        : 'Any day';
    const hour =
      filter.hour !== undefined
        ? ` ${hourLabel(filter.hour)}–${hourLabel(filter.hour + 1)}`
        : '';
    parts.push(`${day}${hour}`);
  }
  if (filter.instrument !== undefined || filter.severity !== undefined) {
    parts.push(
      [
        filter.instrument ? instrumentLabel(filter.instrument) : null,
        filter.severity ? bandLabel(filter.severity) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    );
  }
  if (filter.symptomId !== undefined) {
    parts.push(`Symptom: ${symptomLabel(filter.symptomId)}`);
  }
  if (filter.outcome !== undefined) {
    parts.push(`Outcome: ${outcomeLabel(filter.outcome)}`);
  }
  if (filter.referralType !== undefined) {
    parts.push(`Referred to: ${REFERRAL_TYPE_LABELS[filter.referralType]}`);
  }
  if (filter.riskLevel !== undefined) {
    parts.push(`Risk: ${riskLabel(filter.riskLevel)}`);
  }
  if (filter.counselorId !== undefined) {
    parts.push(`Counselor: ${counselorName ?? 'one counselor'}`);
  }
  if (filter.direction !== undefined) {
    parts.push(CALL_DIRECTION_LABELS[filter.direction]);
  }
  if (filter.callerRelation !== undefined) {
    parts.push(`Caller: ${relationLabel(filter.callerRelation)}`);
  }
  return parts.length ? parts.join(' · ') : 'All calls';
}

/** "Mar 1, 2026 – Mar 30, 2026 (30 days) · America/Chicago": a report's range in words. */
export function rangeHeading(range: {
  from: string;
  to: string;
  tz: string;
}): string {
  const days = daysInclusive(range.from, range.to);
  const dates =
    range.from === range.to
      ? dayLabel(range.from)
      : `${dayLabel(range.from)} – ${dayLabel(range.to)} (${countOf(days, 'day')})`;
  return `${dates} · ${range.tz}`;
}

/** "Tue 10 Mar 2026, 14:05": an instant as the clock read in the report's zone (the shared format, ADR 34). */
export function timeInZone(iso: string, tz: string): string {
  return dateTimeText(iso, { timeZone: tz });
}
