import type {
  CallDirection,
  CallerRelation,
  CallOutcome,
  ReferralType,
} from './calls';
import type { InstrumentId, Severity } from './instruments';
import type { RiskLevel } from './risk-screen';

/**
 * A report covers whole local days: `from` and `to` are calendar dates (YYYY-MM-DD),
 * both included, read in the IANA time zone `tz`. Only finalized calls count, each on
 * the day its call started.
 */
export interface ReportRangeQuery {
  from: string;
  to: string;
  tz: string;
}

/** The longest range one report may cover (two leap years and a day). */
export const REPORT_MAX_DAYS = 732;

/** How many symptoms `topSymptoms` lists. */
export const REPORT_TOP_SYMPTOMS = 10;

export interface ReportTotals {
  calls: number;
  /** Distinct cases with at least one call in the range. */
  cases: number;
  /** Cases opened in the range. */
  newCases: number;
  /** Calls logged without a case (wrong numbers, anonymous callers who declined one). */
  callsWithoutCase: number;
  avgHandleSeconds: number | null;
  medianHandleSeconds: number | null;
  /** Calls whose C-SSRS screen came out high risk. */
  highRiskCalls: number;
  /** Cases with two or more calls in the range. */
  repeatCallers: number;
  inbound: number;
  outbound: number;
}

export interface ReportDay {
  /** Local date, YYYY-MM-DD; every day of the range is listed, empty ones with 0. */
  date: string;
  calls: number;
}

export interface ReportHourCell {
  /** 0 = Sunday … 6 = Saturday, local time. */
  weekday: number;
  /** 0–23, local time. */
  hour: number;
  calls: number;
}

/** Assessments of the range's calls, by instrument and band; `partial` had no total. */
export interface ReportSeverityCount {
  instrument: InstrumentId;
  severity: Severity | 'partial';
  assessments: number;
}

export interface ReportSymptomCount {
  symptomId: string;
  calls: number;
}

export interface ReportOutcomeCount {
  /** `none` when the call was finalized without an outcome. */
  outcome: CallOutcome | 'none';
  calls: number;
}

export interface ReportReferralCount {
  type: ReferralType;
  /** Referrals made (a call may refer to several places of one type). */
  referrals: number;
}

export interface ReportRiskCount {
  level: RiskLevel | 'not-screened';
  calls: number;
}

export interface ReportCounselorRow {
  counselorId: string;
  counselorName: string;
  calls: number;
  avgHandleSeconds: number | null;
  highRiskCalls: number;
  referrals: number;
}

/** Calls by who was on the line, relative to the person the call is about (ADR 30, ADR 35). */
export interface ReportRelationCount {
  relation: CallerRelation;
  calls: number;
}

/**
 * Safety figures of the range's finalized calls (issue 9, ADR 29). A percentage is a whole
 * number, rounded, of its stated denominator; null when that denominator is 0.
 */
export interface ReportSafety {
  /** Calls on which the counselor opened the overdose-now response. */
  overdoseCalls: number;
  /** Calls naming an opioid or xylazine, as main or co-used substance: those naloxone applies to. */
  opioidCalls: number;
  /** Of `opioidCalls`, those on which naloxone was discussed. */
  naloxoneDiscussed: number;
  /** `naloxoneDiscussed` of `opioidCalls`; null with no opioid calls. */
  naloxonePercent: number | null;
  /** Calls whose C-SSRS screen was answered in full (the levels in `risk` include screens left incomplete). */
  riskScreensComplete: number;
  /** `riskScreensComplete` of all the range's calls; null with no calls. */
  riskScreensCompletePercent: number | null;
}

/** `GET /api/reports/summary?from=&to=&tz=` (supervisor, admin). */
export interface ReportSummary {
  range: ReportRangeQuery & {
    /** The UTC instants the local range starts at and ends before. */
    startsAt: string;
    endsBefore: string;
  };
  totals: ReportTotals;
  byDay: ReportDay[];
  /** Only cells with calls; a heatmap fills the rest with 0. */
  byHour: ReportHourCell[];
  severity: ReportSeverityCount[];
  topSymptoms: ReportSymptomCount[];
  outcomes: ReportOutcomeCount[];
  referrals: ReportReferralCount[];
  /**
   * Calls by C-SSRS level, or not screened. An incomplete screen counts at the level its
   * answers already establish (a yes can only raise it); `safety` says how many were complete.
   */
  risk: ReportRiskCount[];
  safety: ReportSafety;
  /** Calls by caller relation, in `CALLER_RELATIONS` order; only relations with calls. */
  relations: ReportRelationCount[];
  counselors: ReportCounselorRow[];
}

/**
 * `GET /api/reports/calls?from=&to=&tz=&…`: the calls behind one bar or cell of a report,
 * as a page of `CallSummary`. At most one drill-down filter besides the range is usual,
 * but they combine (all must hold).
 */
export interface ReportCallsQuery extends ReportRangeQuery {
  /** A local date inside the range. */
  day?: string;
  /** With `hour`: one cell of the hour-of-week heatmap. */
  weekday?: number;
  hour?: number;
  instrument?: InstrumentId;
  severity?: Severity | 'partial';
  symptomId?: string;
  outcome?: CallOutcome | 'none';
  referralType?: ReferralType;
  riskLevel?: RiskLevel | 'not-screened';
  counselorId?: string;
  direction?: CallDirection;
  callerRelation?: CallerRelation;
  page?: number;
  pageSize?: number;
}

/**
 * `GET /api/reports/calls.csv?from=&to=&tz=`: one row per finalized call, in this column
 * order, after the 42 CFR Part 2 notice line and the header line. Times are ISO 8601 UTC.
 */
export const REPORT_CSV_COLUMNS = [
  'call_id',
  'case_number',
  'counselor',
  'direction',
  'started_at',
  'ended_at',
  'handle_seconds',
  'outcome',
  'risk_level',
  'sows_total',
  'sows_severity',
  'cows_total',
  'cows_severity',
  'symptoms',
  'referral_types',
  'naloxone_discussed',
  'overdose_education_given',
  'finalized_at',
  'overdose_reported',
  'opioid_named',
  'risk_screen_complete',
  'caller_relation',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

/** The first line of every export (42 CFR § 2.32 notice to accompany disclosures). */
export const PART2_NOTICE =
  '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
