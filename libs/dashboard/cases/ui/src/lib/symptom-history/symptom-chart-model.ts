import type {
  InstrumentDefinition,
  Severity,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { formatHours } from '../format';
import { answeredCount, bandOf } from './symptom-points';

/** What the horizontal axis measures. */
export type XAxisMode = 'date' | 'hours';

/** The chart's drawing box (SVG user units); it scales to its container. */
export const CHART_GEOMETRY = {
  width: 720,
  height: 286,
  plotLeft: 56,
  plotRight: 544,
  plotTop: 12,
  plotBottom: 212,
  /** The row of partial assessments, under the axis labels: they have no total to place. */
  partialY: 258,
} as const;

/** Formats times for the axis and the labels; given by the component (locale, time zone). */
export interface ChartFormatters {
  /** A time with date and time of day, for labels. */
  dateTime(ms: number): string;
  /** A tick label; `stepMs` is the distance between ticks, so close ticks can show the hour. */
  tick(ms: number, stepMs: number): string;
}

export interface ChartBand {
  severity: Severity;
  y: number;
  height: number;
  labelY: number;
  label: string;
}

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  partial: boolean;
  total: number | null;
  /** Date, total and band (or "partial, no total"), for screen readers and the tooltip. */
  label: string;
  /** Two short lines for the visible tooltip. */
  tooltip: [string, string];
}

export interface ChartModel {
  /** The drawing's height: the partial row is only drawn when there is a partial point. */
  height: number;
  bands: ChartBand[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
  xTitle: string;
  points: ChartPoint[];
  /** `points` attribute of the polyline through complete totals, left to right. */
  line: string;
  hasPartial: boolean;
  /** Points the axis cannot place: no hours since last use on the hours axis. */
  unplaced: SymptomHistoryPoint[];
}

const HOUR_STEPS = [1, 2, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2880];
const DAY_MS = 24 * 3600_000;

/**
 * Lays out one instrument's history. The vertical scale runs over the instrument's
 * total range; each band is shaded from halfway below its first total to halfway above
 * its last, so every whole total sits inside its own band. Everything comes from the
 * definition: no cut-off is written here.
 */
export function buildChartModel(
  instrument: InstrumentDefinition,
  history: readonly SymptomHistoryPoint[],
  mode: XAxisMode,
  format: ChartFormatters,
): ChartModel {
  const g = CHART_GEOMETRY;
  const { totalMin, totalMax } = instrument;
  const yOf = (value: number) =>
    g.plotBottom -
    ((value - totalMin) / (totalMax - totalMin)) * (g.plotBottom - g.plotTop);

  const sortedBands = [...instrument.bands].sort((a, b) => a.min - b.min);
  const bands: ChartBand[] = sortedBands.map((band, index) => {
    const low = index === 0 ? totalMin : band.min - 0.5;
    const high = index === sortedBands.length - 1 ? totalMax : band.max + 0.5;
    const top = yOf(high);
    const bottom = yOf(low);
    const range =
      band.min === band.max ? `${band.min}` : `${band.min}–${band.max}`;
    return {
      severity: band.severity,
      y: top,
      height: bottom - top,
      labelY: (top + bottom) / 2,
      label: `${range} ${band.label}`,
    };
  });

  const yTicks = [0, 1, 2, 3, 4].map((step) => {
    const value = Math.round(totalMin + ((totalMax - totalMin) * step) / 4);
    return { value, y: yOf(value) };
  });

  const xValue = (point: SymptomHistoryPoint): number | null =>
    mode === 'date' ? Date.parse(point.recordedAt) : point.hoursSinceLastUse;
  const placeable = history.filter((point) => xValue(point) !== null);
  const unplaced = history.filter((point) => xValue(point) === null);
  const values = placeable.map((point) => xValue(point) as number);
  const axis = mode === 'date' ? dateAxis(values, format) : hoursAxis(values);
  const xOf = (value: number) =>
    g.plotLeft +
    ((value - axis.min) / (axis.max - axis.min)) * (g.plotRight - g.plotLeft);

  const points: ChartPoint[] = placeable.map((point) => {
    const band = bandOf(instrument, point);
    const when = format.dateTime(Date.parse(point.recordedAt));
    const hours =
      point.hoursSinceLastUse === null
        ? ''
        : `, ${formatHours(point.hoursSinceLastUse)} after last use`;
    const partial = point.total === null;
    const answered = answeredCount(instrument, point);
    const bandText = band
      ? `${band.label}${instrument.bandsAreConvention ? ' (research convention)' : ''}`
      : 'no band';
    return {
      id: point.assessmentId,
      x: xOf(xValue(point) as number),
      y: partial ? g.partialY : yOf(point.total as number),
      partial,
      total: point.total,
      label: partial
        ? `${when}: ${instrument.abbreviation} partial, ${answered} of ${instrument.items.length} items answered, no total${hours}`
        : `${when}: ${instrument.abbreviation} total ${point.total}, ${bandText}${hours}`,
      tooltip: [
        when,
        partial
          ? `Partial: ${answered} of ${instrument.items.length} answered, no total`
          : `${instrument.abbreviation} ${point.total} · ${band?.label ?? 'no band'}`,
      ],
    };
  });

  const line = points
    .filter((point) => !point.partial)
    .sort((a, b) => a.x - b.x)
    .map((point) => `${round(point.x)},${round(point.y)}`)
    .join(' ');

  const hasPartial = points.some((point) => point.partial);
  return {
    height: hasPartial ? g.height : g.plotBottom + 44,
    bands,
    yTicks,
    xTicks: axis.ticks.map((tick) => ({
      x: xOf(tick.value),
      label: tick.label,
    })),
    xTitle: mode === 'date' ? 'Date (local time)' : 'Hours since last use',
    points,
    line,
    hasPartial,
    unplaced,
  };
}

interface Axis {
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
}

/** Tick spacings on the time axis, in hours: hours, days, weeks, months, years. */
const DATE_STEPS_H = [1, 3, 6, 12, 24, 48, 168, 336, 720, 2160, 4320, 8760];

/**
 * Time runs over the assessments with a little room at each end (a single one gets a
 * day each side). Ticks fall on round local times — whole hours, midnights, first days of
 * months — at most about six of them.
 */
function dateAxis(values: number[], format: ChartFormatters): Axis {
  if (values.length === 0) {
    const now = Date.now();
    return { min: now - DAY_MS, max: now + DAY_MS, ticks: [] };
  }
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max - min < 3600_000) {
    min -= DAY_MS;
    max += DAY_MS;
  } else {
    const pad = (max - min) * 0.05;
    min -= pad;
    max += pad;
  }
  const stepH =
    DATE_STEPS_H.find((hours) => (max - min) / (hours * 3600_000) <= 6) ??
    DATE_STEPS_H[DATE_STEPS_H.length - 1];
  const ticks: { value: number; label: string }[] = [];
  for (
    let tick = firstTick(min, stepH);
    tick.getTime() <= max && ticks.length < 12;
    tick = nextTick(tick, stepH)
  ) {
    if (tick.getTime() >= min) {
      ticks.push({
        value: tick.getTime(),
        label: format.tick(tick.getTime(), stepH * 3600_000),
      });
    }
  }
  return { min, max, ticks };
}

/** The first round local time at or before `ms` for the step. */
function firstTick(ms: number, stepH: number): Date {
  const date = new Date(ms);
  date.setMinutes(0, 0, 0);
  if (stepH < 24) {
    date.setHours(Math.floor(date.getHours() / stepH) * stepH);
  } else {
    date.setHours(0);
    if (stepH >= 720) {
      date.setDate(1);
    }
  }
  return date;
}

/** The tick after `tick`: hours and days added in local time, so a DST change keeps midnights. */
function nextTick(tick: Date, stepH: number): Date {
  const next = new Date(tick);
  if (stepH < 24) {
    next.setHours(next.getHours() + stepH);
  } else if (stepH < 720) {
    next.setDate(next.getDate() + stepH / 24);
  } else {
    next.setMonth(next.getMonth() + Math.round(stepH / 720));
  }
  return next;
}

/** Hours start at 0, the last use, so the withdrawal timeline reads left to right. */
function hoursAxis(values: number[]): Axis {
  const highest = Math.max(12, ...values) * 1.05;
  const step =
    HOUR_STEPS.find((candidate) => highest / candidate <= 6) ??
    HOUR_STEPS[HOUR_STEPS.length - 1];
  const max = Math.ceil(highest / step) * step;
  const ticks: { value: number; label: string }[] = [];
  for (let value = 0; value <= max; value += step) {
    ticks.push({
      value,
      label: value < 72 || value % 24 !== 0 ? `${value} h` : `${value / 24} d`,
    });
  }
  return { min: 0, max, ticks };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
