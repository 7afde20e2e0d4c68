import type {
  CallSummary,
  Page,
  ReportSummary,
} from '@casebook/shared/contracts';

/** A small report for 2026-03-01 … 2026-03-03 in America/Chicago; override any part. */
export function summary(overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    range: {
      from: '2026-03-01',
      to: '2026-03-03',
      tz: 'America/Chicago',
      startsAt: '2026-03-01T06:00:00.000Z',
      endsBefore: '2026-03-04T06:00:00.000Z',
    },
    totals: {
      calls: 5,
      cases: 3,
      newCases: 1,
      callsWithoutCase: 1,
      avgHandleSeconds: 427,
      medianHandleSeconds: 3723,
      highRiskCalls: 1,
      repeatCallers: 1,
      inbound: 4,
      outbound: 1,
    },
    byDay: [
      { date: '2026-03-01', calls: 2 },
      { date: '2026-03-03', calls: 3 },
    ],
    byHour: [
      { weekday: 0, hour: 9, calls: 2 },
      { weekday: 2, hour: 14, calls: 3 },
    ],
    severity: [
      { instrument: 'sows', severity: 'moderate', assessments: 2 },
      { instrument: 'sows', severity: 'partial', assessments: 1 },
    ],
    topSymptoms: [
      { symptomId: 'anxiety', calls: 3 },
      { symptomId: 'cravings', calls: 2 },
    ],
    outcomes: [
      { outcome: 'referred', calls: 3 },
      { outcome: 'support-given', calls: 2 },
    ],
    referrals: [{ type: 'detox', referrals: 4 }],
    risk: [
      { level: 'high', calls: 1 },
      { level: 'none', calls: 3 },
      { level: 'not-screened', calls: 1 },
    ],
    safety: {
      overdoseCalls: 1,
      opioidCalls: 4,
      naloxoneDiscussed: 3,
      naloxonePercent: 75,
      riskScreensComplete: 4,
      riskScreensCompletePercent: 80,
    },
    relations: [
      { relation: 'self', calls: 3 },
      { relation: 'family', calls: 2 },
    ],
    counselors: [
      {
        counselorId: 'u1',
        counselorName: 'Ana Diaz',
        calls: 2,
        avgHandleSeconds: 300,
        highRiskCalls: 0,
        referrals: 1,
      },
      {
        counselorId: 'u2',
        counselorName: 'Sam Reyes',
        calls: 3,
        avgHandleSeconds: 500,
        highRiskCalls: 1,
        referrals: 3,
      },
    ],
    ...overrides,
  };
}

/** The same range with no finalized calls. */
export function emptySummary(): ReportSummary {
  const base = summary();
  return {
    ...base,
    totals: {
      ...base.totals,
      calls: 0,
      cases: 0,
      newCases: 0,
      callsWithoutCase: 0,
      avgHandleSeconds: null,
      medianHandleSeconds: null,
      highRiskCalls: 0,
      repeatCallers: 0,
      inbound: 0,
      outbound: 0,
    },
    byDay: [
      { date: '2026-03-01', calls: 0 },
      { date: '2026-03-02', calls: 0 },
      { date: '2026-03-03', calls: 0 },
    ],
    byHour: [],
    severity: [],
    topSymptoms: [],
    outcomes: [],
    referrals: [],
    risk: [],
    safety: {
      overdoseCalls: 0,
      opioidCalls: 0,
      naloxoneDiscussed: 0,
      naloxonePercent: null,
      riskScreensComplete: 0,
      riskScreensCompletePercent: null,
    },
    relations: [],
    counselors: [],
  };
}

export function callSummary(
  id: string,
  overrides: Partial<CallSummary> = {},
): CallSummary {
  return {
    id,
    caseId: `case-${id}`,
    caseNumber: `C-000${id}`,
    caseAlias: `Alias ${id}`,
    counselorId: 'u2',
    counselorName: 'Sam Reyes',
    direction: 'inbound',
    status: 'final',
    startedAt: '2026-03-03T20:05:00.000Z',
    endedAt: '2026-03-03T20:12:07.000Z',
    outcome: 'referred',
    riskLevel: 'none',
    latestSeverity: { instrument: 'sows', total: 14, severity: 'moderate' },
    addendaCount: 0,
    ...overrides,
  };
}

export function page<T>(
  items: T[],
  total = items.length,
  pageNumber = 1,
  pageSize = 25,
): Page<T> {
  return { items, total, page: pageNumber, pageSize };
}
