import {
  CALL_OUTCOMES,
  CALLER_RELATIONS,
  INSTRUMENT_IDS,
  REFERRAL_TYPES,
  REPORT_TOP_SYMPTOMS,
  RISK_LEVELS,
  SEVERITIES,
  type InstrumentId,
  type ReportCounselorRow,
  type ReportRelationCount,
  type ReportSafety,
  type ReportSummary,
  type ReportTotals,
  type Severity,
} from '@casebook/shared/contracts';
import type { RollupDimension } from '@casebook/api/core';
import type { ReportRow } from './report-reader';

/** One summed row of the dimension totals. */
export interface DimensionTotal {
  dimension: RollupDimension;
  item: string;
  tally: number;
  handleSeconds: number;
  highRisk: number;
  referrals: number;
}

/** Drivers answer SUM and COUNT as numbers (SQLite) or numeric strings (PostgreSQL). */
export function count(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function toDimensionTotals(
  rows: readonly ReportRow[],
): DimensionTotal[] {
  return rows.map((row) => ({
    dimension: row['dimension'] as RollupDimension,
    item: String(row['item']),
    tally: count(row['tally']),
    handleSeconds: count(row['handle_seconds']),
    highRisk: count(row['high_risk']),
    referrals: count(row['referrals']),
  }));
}

/** Turns the dimension totals into the summary's lists, in the contract's orders. */
export class DimensionIndex {
  private readonly rows = new Map<string, DimensionTotal>();

  constructor(totals: readonly DimensionTotal[]) {
    for (const total of totals)
      this.rows.set(`${total.dimension}\u0000${total.item}`, total);
  }

  get(dimension: RollupDimension, item: string): DimensionTotal | undefined {
    return this.rows.get(`${dimension}\u0000${item}`);
  }

  tally(dimension: RollupDimension, item: string): number {
    return this.get(dimension, item)?.tally ?? 0;
  }

  of(dimension: RollupDimension): DimensionTotal[] {
    return [...this.rows.values()].filter((row) => row.dimension === dimension);
  }

  totals(extra: {
    cases: number;
    repeatCallers: number;
    newCases: number;
    medianHandleSeconds: number | null;
  }): ReportTotals {
    const all = this.get('all', '');
    const calls = all?.tally ?? 0;
    return {
      calls,
      cases: extra.cases,
      newCases: extra.newCases,
      callsWithoutCase: this.tally('case', 'none'),
      avgHandleSeconds: calls
        ? Math.round((all?.handleSeconds ?? 0) / calls)
        : null,
      medianHandleSeconds: extra.medianHandleSeconds,
      highRiskCalls: all?.highRisk ?? 0,
      repeatCallers: extra.repeatCallers,
      inbound: this.tally('direction', 'inbound'),
      outbound: this.tally('direction', 'outbound'),
    };
  }

  severity(): ReportSummary['severity'] {
    return INSTRUMENT_IDS.flatMap((instrument: InstrumentId) =>
      [...SEVERITIES, 'partial' as const].flatMap(
        (severity: Severity | 'partial') => {
          const assessments = this.tally(
            'severity',
            `${instrument}:${severity}`,
          );
          return assessments ? [{ instrument, severity, assessments }] : [];
        },
      ),
    );
  }

  topSymptoms(): ReportSummary['topSymptoms'] {
    return this.of('symptom')
      .sort((a, b) => b.tally - a.tally || a.item.localeCompare(b.item))
      .slice(0, REPORT_TOP_SYMPTOMS)
      .map((row) => ({ symptomId: row.item, calls: row.tally }));
  }

  outcomes(): ReportSummary['outcomes'] {
    return [...CALL_OUTCOMES, 'none' as const].flatMap((outcome) => {
      const calls = this.tally('outcome', outcome);
      return calls ? [{ outcome, calls }] : [];
    });
  }

  referrals(): ReportSummary['referrals'] {
    return REFERRAL_TYPES.flatMap((type) => {
      const referrals = this.tally('referral', type);
      return referrals ? [{ type, referrals }] : [];
    });
  }

  risk(): ReportSummary['risk'] {
    return [...RISK_LEVELS, 'not-screened' as const].flatMap((level) => {
      const calls = this.tally('risk', level);
      return calls ? [{ level, calls }] : [];
    });
  }

  relations(): ReportRelationCount[] {
    return CALLER_RELATIONS.flatMap((relation) => {
      const calls = this.tally('relation', relation);
      return calls ? [{ relation, calls }] : [];
    });
  }

  safety(): ReportSafety {
    const calls = this.tally('all', '');
    const opioidCalls = this.tally('safety', 'opioid');
    const naloxoneDiscussed = this.tally('safety', 'opioid-naloxone');
    const riskScreensComplete = this.tally('safety', 'screen-complete');
    return {
      overdoseCalls: this.tally('safety', 'overdose'),
      opioidCalls,
      naloxoneDiscussed,
      naloxonePercent: wholePercent(naloxoneDiscussed, opioidCalls),
      riskScreensComplete,
      riskScreensCompletePercent: wholePercent(riskScreensComplete, calls),
    };
  }

  counselors(names: ReadonlyMap<string, string>): ReportCounselorRow[] {
    return this.of('counselor')
      .map((row) => ({
        counselorId: row.item,
        counselorName: names.get(row.item) ?? 'Unknown user',
        calls: row.tally,
        avgHandleSeconds: row.tally
          ? Math.round(row.handleSeconds / row.tally)
          : null,
        highRiskCalls: row.highRisk,
        referrals: row.referrals,
      }))
      .sort(
        (a, b) =>
          b.calls - a.calls || a.counselorName.localeCompare(b.counselorName),
      );
  }
}

/** `part` of `whole` as a rounded whole percent; null when there is no whole to divide by. */
export function wholePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((100 * part) / whole) : null;
}

/** The middle value of the one or two handle times the median query returned. */
export function medianOf(rows: readonly ReportRow[]): number | null {
  const values = rows.map((row) => count(row['seconds']));
  if (!values.length) return null;
  return Math.round(
    values.reduce((sum, value) => sum + value, 0) / values.length,
  );
}
