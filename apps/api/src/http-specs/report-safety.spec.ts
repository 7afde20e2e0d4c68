import type {
  CallRecord,
  ReportSummary,
  Substance,
} from '@casebook/shared/contracts';
import { PART2_NOTICE, REPORT_CSV_COLUMNS } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');

interface SafetyCall {
  startedAt: string;
  substance?: Substance;
  coUsed?: Substance[];
  naloxone?: boolean;
  overdose?: boolean;
  /** C-SSRS answers; none: not screened. */
  risk?: Record<string, boolean>;
}

const NOT_DISCUSSED = 'Caller hung up before it came up';

/**
 * Issue 9 item 9: one UTC day (20 March 2026, after the demo history) with known safety
 * figures, and one call at 19 March 18:40 UTC — Kolkata's 20 March 00:10, inside the half
 * hour no hourly rollup holds, so it is counted from the calls by the same SQL.
 */
const FIXTURE: Record<string, SafetyCall> = {
  // An opioid, naloxone discussed, an overdose; a complete screen at "none".
  heroin: {
    startedAt: '2026-03-20T09:00:00Z',
    substance: 'heroin',
    naloxone: true,
    overdose: true,
    risk: { q1: false, q2: false, q6: false },
  },
  // An opioid only as co-used, naloxone not discussed; a screen left at Q1 (low so far).
  fentanylCoUsed: {
    startedAt: '2026-03-20T10:00:00Z',
    substance: 'alcohol',
    coUsed: ['fentanyl'],
    naloxone: false,
    risk: { q1: true },
  },
  // Xylazine counts for naloxone (namesOpioid); a complete screen at "moderate".
  xylazine: {
    startedAt: '2026-03-20T11:00:00Z',
    substance: 'xylazine',
    naloxone: true,
    risk: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
  },
  // No opioid, an overdose, not screened.
  stimulants: {
    startedAt: '2026-03-20T12:00:00Z',
    substance: 'stimulants',
    overdose: true,
  },
  // Nothing named; a complete screen at "low"; naloxone ticked anyway (not an opioid call).
  nothingNamed: {
    startedAt: '2026-03-20T13:00:00Z',
    naloxone: true,
    risk: { q1: true, q2: false, q6: false },
  },
  // Kolkata's first half hour of 20 March: an opioid call with naloxone, an overdose, a complete screen.
  kolkataEdge: {
    startedAt: '2026-03-19T18:40:00Z',
    substance: 'methadone',
    naloxone: true,
    overdose: true,
    risk: { q1: false, q2: false, q6: false },
  },
};

const minutesAfter = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('report safety figures over HTTP', () => {
  let t: TestApp;
  let counselorToken: string;
  let supervisorToken: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.advanceMinutes(40 * 24 * 60); // 11 April 2026: the fixture is in the past
    counselorToken = await signIn(t, counselor.username, counselor.password);
    supervisorToken = await signIn(t, supervisor.username, supervisor.password);
    for (const [name, call] of Object.entries(FIXTURE))
      ids[name] = await logCall(call, true);
    // A draft naming an opioid with an overdose never counts.
    await logCall(
      {
        startedAt: '2026-03-20T14:00:00Z',
        substance: 'fentanyl',
        naloxone: true,
        overdose: true,
      },
      false,
    );
  });

  afterAll(async () => {
    await t.close();
  });

  async function logCall(call: SafetyCall, finalize: boolean): Promise<string> {
    const named =
      call.substance !== undefined || (call.coUsed?.length ?? 0) > 0;
    const body = {
      direction: 'inbound',
      startedAt: call.startedAt,
      endedAt: minutesAfter(call.startedAt, 10),
      outcome: 'support-given',
      substance: call.substance ?? null,
      coUsedSubstances: call.coUsed ?? [],
      naloxoneDiscussed: call.naloxone ?? false,
      naloxoneNotDiscussedReason:
        named && !call.naloxone ? NOT_DISCUSSED : null,
      overdose: call.overdose
        ? {
            openedAt: minutesAfter(call.startedAt, 1),
            steps: [
              { step: 'call-911', doneAt: minutesAfter(call.startedAt, 2) },
            ],
          }
        : null,
      risk: call.risk ? { answers: call.risk } : null,
    };
    const draft: CallRecord = (
      await t.http
        .post('/api/calls')
        .set(bearer(counselorToken))
        .send(body)
        .expect(201)
    ).body;
    if (finalize)
      await t.http
        .post(`/api/calls/${draft.id}/finalize`)
        .set(bearer(counselorToken))
        .expect(200);
    return draft.id;
  }

  const summary = async (query: string): Promise<ReportSummary> =>
    (
      await t.http
        .get(`/api/reports/summary?${query}`)
        .set(bearer(supervisorToken))
        .expect(200)
    ).body;

  it('counts overdose calls, naloxone on opioid calls, complete screens and C-SSRS levels for a UTC day', async () => {
    const report = await summary('from=2026-03-20&to=2026-03-20&tz=UTC');
    expect(report.totals.calls).toBe(5);
    expect(report.safety).toEqual({
      overdoseCalls: 2,
      opioidCalls: 3,
      naloxoneDiscussed: 2,
      naloxonePercent: 67,
      riskScreensComplete: 3,
      riskScreensCompletePercent: 60,
    });
    expect(report.risk).toEqual([
      { level: 'none', calls: 1 },
      { level: 'low', calls: 2 },
      { level: 'moderate', calls: 1 },
      { level: 'not-screened', calls: 1 },
    ]);
  });

  it('counts the calls of a half-hour zone’s edge, read from the calls rather than the rollups', async () => {
    const report = await summary(
      'from=2026-03-20&to=2026-03-20&tz=Asia/Kolkata',
    );
    // Kolkata's 20 March runs 19 Mar 18:30 – 20 Mar 18:30 UTC: all six calls.
    expect(report.totals.calls).toBe(6);
    expect(report.safety).toEqual({
      overdoseCalls: 3,
      opioidCalls: 4,
      naloxoneDiscussed: 3,
      naloxonePercent: 75,
      riskScreensComplete: 4,
      riskScreensCompletePercent: 67,
    });
    expect(report.risk).toContain({ level: 'none', calls: 2 });
  });

  it('says "no opioid calls" with a null percentage rather than dividing by zero', async () => {
    const empty = await summary('from=2026-03-25&to=2026-03-25&tz=UTC');
    expect(empty.safety).toEqual({
      overdoseCalls: 0,
      opioidCalls: 0,
      naloxoneDiscussed: 0,
      naloxonePercent: null,
      riskScreensComplete: 0,
      riskScreensCompletePercent: null,
    });
    expect(empty.risk).toEqual([]);
  });

  it('adds overdose, opioid and screen columns to the CSV, keeping the documented ones first', async () => {
    const response = await t.http
      .get('/api/reports/calls.csv?from=2026-03-20&to=2026-03-20&tz=UTC')
      .set(bearer(supervisorToken))
      .expect(200);
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe(PART2_NOTICE);
    expect(lines[1]).toBe(REPORT_CSV_COLUMNS.join(','));
    const safetyColumn = REPORT_CSV_COLUMNS.indexOf('overdose_reported');
    expect(REPORT_CSV_COLUMNS.slice(safetyColumn, safetyColumn + 3)).toEqual([
      'overdose_reported',
      'opioid_named',
      'risk_screen_complete',
    ]);
    const rows = lines
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(','));
    const cell = (name: string, column: (typeof REPORT_CSV_COLUMNS)[number]) =>
      rows.find((row) => row[0] === ids[name])?.[
        REPORT_CSV_COLUMNS.indexOf(column)
      ];
    const picked = (name: string) =>
      (
        [
          'overdose_reported',
          'naloxone_discussed',
          'opioid_named',
          'risk_screen_complete',
          'risk_level',
        ] as const
      ).map((column) => cell(name, column));
    expect(rows.length).toBe(5);
    expect(picked('heroin')).toEqual(['true', 'true', 'true', 'true', 'none']);
    expect(picked('fentanylCoUsed')).toEqual([
      'false',
      'false',
      'true',
      'false',
      'low',
    ]);
    expect(picked('xylazine')).toEqual([
      'false',
      'true',
      'true',
      'true',
      'moderate',
    ]);
    expect(picked('stimulants')).toEqual([
      'true',
      'false',
      'false',
      'false',
      '',
    ]);
    expect(picked('nothingNamed')).toEqual([
      'false',
      'true',
      'false',
      'true',
      'low',
    ]);
  });
});
