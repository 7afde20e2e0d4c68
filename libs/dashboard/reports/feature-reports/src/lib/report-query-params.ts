import type { Params } from '@angular/router';
import {
  CALL_DIRECTIONS,
  CALLER_RELATIONS,
  CALL_OUTCOMES,
  INSTRUMENT_IDS,
  REFERRAL_TYPES,
  RISK_LEVELS,
  SEVERITIES,
  type ReportCallsQuery,
  type ReportRangeQuery,
} from '@casebook/shared/contracts';
import {
  REPORT_PRESETS,
  isLocalDate,
  isTimeZone,
  presetOf,
  presetRange,
  rangeProblem,
  type ReportPreset,
} from './report-range';

/** What the report page shows: a range in a zone, and the preset it was chosen by. */
export interface ReportView extends ReportRangeQuery {
  preset: ReportPreset;
}

/** The preset a report opens with when the link names none. */
export const DEFAULT_PRESET = '30d';

export interface ParsedReportView {
  view: ReportView;
  /** False when the URL lacked or garbled part of the view: the page rewrites it. */
  canonical: boolean;
  /** Why the link's range was not used, for the page to say. */
  notice: string | null;
}

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/**
 * Reads `?from=&to=&tz=&preset=`. Dates in the link win, so a shared link shows the same
 * days tomorrow; the preset stays highlighted only while it still means those dates
 * (a "Last 7 days" link opened next week shows its dates as Custom). Without dates, the
 * preset is computed for today in the zone; without either, the last 30 days.
 */
export function viewFromQueryParams(
  params: Params,
  now: number,
  defaultTz: string,
): ParsedReportView {
  const tzParam = single(params['tz']);
  const tz = isTimeZone(tzParam) ? tzParam : defaultTz;
  const from = single(params['from']);
  const to = single(params['to']);
  const presetParam = single(params['preset']) as ReportPreset | undefined;
  const preset =
    presetParam && REPORT_PRESETS.includes(presetParam)
      ? presetParam
      : undefined;
  let notice: string | null =
    tzParam !== undefined && tz !== tzParam
      ? `“${tzParam}” is not a time zone this browser knows; showing ${tz}.`
      : null;

  if (from !== undefined || to !== undefined) {
    const problem = rangeProblem(from, to);
    if (problem === null && from && to) {
      const computed = presetOf({ from, to }, tz, now);
      const keep =
        preset &&
        preset !== 'custom' &&
        sameRange(presetRange(preset, tz, now), { from, to });
      const view = { from, to, tz, preset: keep ? preset : computed };
      return {
        view,
        canonical: notice === null && tzParam === tz && view.preset === preset,
        notice,
      };
    }
    const why =
      (problem ?? '').charAt(0).toLowerCase() + (problem ?? '').slice(1);
    notice = `The link’s dates were not used: ${why} Showing the last 30 days.`;
  }
  const fixed =
    preset && preset !== 'custom' && from === undefined
      ? preset
      : DEFAULT_PRESET;
  return {
    view: { ...presetRange(fixed, tz, now), tz, preset: fixed },
    canonical: false,
    notice,
  };
}

function sameRange(
  a: { from: string; to: string },
  b: { from: string; to: string },
): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The view as query params, in a stable order. */
export function viewToQueryParams(view: ReportView): Params {
  return { from: view.from, to: view.to, tz: view.tz, preset: view.preset };
}

/** The drill-down filters a link may carry, besides the range. */
export type ReportDrillFilter = Omit<
  ReportCallsQuery,
  keyof ReportRangeQuery | 'page' | 'pageSize'
>;

/** How a chart's bar or cell says which calls it stands for. */
export const DRILL_KEYS = [
  'day',
  'weekday',
  'hour',
  'instrument',
  'severity',
  'symptomId',
  'outcome',
  'referralType',
  'riskLevel',
  'counselorId',
  'direction',
  'callerRelation',
] as const satisfies readonly (keyof ReportDrillFilter)[];

function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function wholeNumber(
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) {
    return undefined;
  }
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** Reads the drill-down filter from a link; what it does not recognise is dropped. */
export function drillFromQueryParams(params: Params): ReportDrillFilter {
  const get = (key: string) => single(params[key]);
  const day = get('day');
  const id = (value: string | undefined) =>
    value !== undefined && /^[\w-]{1,100}$/.test(value) ? value : undefined;
  const filter: ReportDrillFilter = {
    day: isLocalDate(day) ? day : undefined,
    weekday: wholeNumber(get('weekday'), 0, 6),
    hour: wholeNumber(get('hour'), 0, 23),
    instrument: oneOf(INSTRUMENT_IDS, get('instrument')),
    severity: oneOf([...SEVERITIES, 'partial' as const], get('severity')),
    symptomId: id(get('symptomId')),
    outcome: oneOf([...CALL_OUTCOMES, 'none' as const], get('outcome')),
    referralType: oneOf(REFERRAL_TYPES, get('referralType')),
    riskLevel: oneOf(
      [...RISK_LEVELS, 'not-screened' as const],
      get('riskLevel'),
    ),
    counselorId: id(get('counselorId')),
    direction: oneOf(CALL_DIRECTIONS, get('direction')),
    callerRelation: oneOf(CALLER_RELATIONS, get('callerRelation')),
  };
  return withoutEmpty(filter);
}

/** The filter as query params (only the keys it sets). */
export function drillToQueryParams(filter: ReportDrillFilter): Params {
  const params: Params = {};
  for (const key of DRILL_KEYS) {
    const value = filter[key];
    if (value !== undefined) {
      params[key] = String(value);
    }
  }
  return params;
}

/** The page number (from 1) and size a drill-down link asks for. */
export function pagingFromQueryParams(
  params: Params,
  sizes: readonly number[],
): { page: number; pageSize: number } {
  const page = wholeNumber(single(params['page']), 1, 1_000_000) ?? 1;
  const size = wholeNumber(single(params['pageSize']), 1, 1000);
  return {
    page,
    pageSize: size !== undefined && sizes.includes(size) ? size : sizes[0],
  };
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}
