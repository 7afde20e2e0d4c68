import {
  CALL_OUTCOMES,
  CALLER_RELATIONS,
  INSTRUMENT_IDS,
  REFERRAL_TYPES,
  RISK_LEVELS,
  type InstrumentId,
  type ReportSummary,
} from '@casebook/shared/contracts';
import { daysInclusive, getInstrument } from '@casebook/shared/domain';
import { REFERRAL_TYPE_LABELS } from '@casebook/dashboard/shared/ui';
import {
  WEEKDAY_NAMES,
  bandLabel,
  countOf,
  dayLabel,
  hourLabel,
  outcomeLabel,
  relationLabel,
  riskLabel,
  symptomLabel,
} from './report-labels';
import type { ReportDrillFilter } from './report-query-params';
import { addDays } from './report-range';

/** One bar or cell of a report chart: what it is, its number, and the calls behind it. */
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** What a screen reader hears on it: "Tuesday 14:00 — 37 calls". */
  ariaLabel: string;
  /** The drill-down filter that lists its calls. */
  filter: ReportDrillFilter;
  /** A styling hint (the severity band), for charts that colour by it. */
  tone?: string;
}

function datum(
  key: string,
  label: string,
  value: number,
  unit: string,
  filter: ReportDrillFilter,
  tone?: string,
): ChartDatum {
  return {
    key,
    label,
    value,
    ariaLabel: `${label} — ${countOf(value, unit)}`,
    filter,
    tone,
  };
}

/** Every day of the range, in order, with 0 for days the summary leaves out. */
export function dayData(summary: ReportSummary): ChartDatum[] {
  const { from, to } = summary.range;
  const calls = new Map(summary.byDay.map((day) => [day.date, day.calls]));
  const days = Math.max(0, daysInclusive(from, to));
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    return datum(date, dayLabel(date), calls.get(date) ?? 0, 'call', {
      day: date,
    });
  });
}

/** The hour-of-week grid: 7 rows (Sunday first) of 24 cells, missing cells as 0. */
export function hourOfWeekGrid(cells: ReportSummary['byHour']): ChartDatum[][] {
  const calls = new Map(
    cells.map((cell) => [`${cell.weekday}:${cell.hour}`, cell.calls]),
  );
  return WEEKDAY_NAMES.map((name, weekday) =>
    Array.from({ length: 24 }, (_, hour) =>
      datum(
        `${weekday}:${hour}`,
        `${name} ${hourLabel(hour)}`,
        calls.get(`${weekday}:${hour}`) ?? 0,
        'call',
        { weekday, hour },
      ),
    ),
  );
}

export interface SeverityGroup {
  instrument: InstrumentId;
  label: string;
  total: number;
  bars: ChartDatum[];
}

/**
 * Assessments by band for each instrument, bands in the instrument's order (none to
 * severe) and partial last; bands without assessments show 0.
 */
export function severityGroups(
  severity: ReportSummary['severity'],
): SeverityGroup[] {
  return INSTRUMENT_IDS.map((instrument) => {
    const definition = getInstrument(instrument);
    const label = definition?.abbreviation ?? instrument.toUpperCase();
    const counts = new Map(
      severity
        .filter((s) => s.instrument === instrument)
        .map((s) => [s.severity, s.assessments]),
    );
    const bands = [
      ...(definition?.bands.map((b) => b.severity) ?? []),
      'partial' as const,
    ];
    const bars = bands.map((band) =>
      datum(
        `${instrument}:${band}`,
        `${label} ${bandLabel(band)}`,
        counts.get(band) ?? 0,
        'assessment',
        { instrument, severity: band },
        band,
      ),
    );
    return {
      instrument,
      label,
      total: bars.reduce((sum, bar) => sum + bar.value, 0),
      bars,
    };
  });
}

/** The top symptoms in the server's order (most calls first). */
export function symptomData(
  symptoms: ReportSummary['topSymptoms'],
): ChartDatum[] {
  return symptoms.map((s) =>
    datum(s.symptomId, symptomLabel(s.symptomId), s.calls, 'call', {
      symptomId: s.symptomId,
    }),
  );
}

/** Most first; every outcome listed, those without calls at 0, "none" last. */
export function outcomeData(outcomes: ReportSummary['outcomes']): ChartDatum[] {
  const counts = new Map(outcomes.map((o) => [o.outcome, o.calls]));
  const ranked = byCount(
    CALL_OUTCOMES.map((outcome) =>
      datum(outcome, outcomeLabel(outcome), counts.get(outcome) ?? 0, 'call', {
        outcome,
      }),
    ),
  );
  const none = counts.get('none') ?? 0;
  return none > 0
    ? [
        ...ranked,
        datum('none', outcomeLabel('none'), none, 'call', { outcome: 'none' }),
      ]
    : ranked;
}

/** Referrals made, by type, most first; every type listed. */
export function referralData(
  referrals: ReportSummary['referrals'],
): ChartDatum[] {
  const counts = new Map(referrals.map((r) => [r.type, r.referrals]));
  return byCount(
    REFERRAL_TYPES.map((type) =>
      datum(
        type,
        REFERRAL_TYPE_LABELS[type],
        counts.get(type) ?? 0,
        'referral',
        {
          referralType: type,
        },
      ),
    ),
  );
}

/** Risk levels in their own order (none to high), then calls not screened. */
export function riskData(risk: ReportSummary['risk']): ChartDatum[] {
  const counts = new Map(risk.map((r) => [r.level, r.calls]));
  return [...RISK_LEVELS, 'not-screened' as const].map((level) =>
    datum(
      level,
      riskLabel(level),
      counts.get(level) ?? 0,
      'call',
      { riskLevel: level },
      level,
    ),
  );
}

/** Every caller relation in the call screen's order (Self first), those without calls at 0. */
export function relationData(
  relations: ReportSummary['relations'],
): ChartDatum[] {
  const counts = new Map(relations.map((r) => [r.relation, r.calls]));
  return CALLER_RELATIONS.map((relation) =>
    datum(
      relation,
      relationLabel(relation),
      counts.get(relation) ?? 0,
      'call',
      { callerRelation: relation },
    ),
  );
}

/** Most first; ties keep the given order (`sort` is stable). */
function byCount(data: ChartDatum[]): ChartDatum[] {
  return [...data].sort((a, b) => b.value - a.value);
}
