import type {
  AuditEvent,
  CallRecord,
  CallSummary,
  Page,
  ReportSummary,
} from '@casebook/shared/contracts';
import { PART2_NOTICE, REPORT_CSV_COLUMNS } from '@casebook/shared/contracts';
import { SOWS_ITEM_IDS } from '@casebook/shared/domain';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');
const admin = demoAccount('admin');

/**
 * A hand-built month with known answers. The demo history ends on the test clock's start
 * (2026-03-02), so late March holds only these calls. The times sit on the edges that
 * matter: New York midnight (UTC−4 after 8 March), Berlin's spring-forward night
 * (29 March, a 23-hour day) and Kolkata's half-hour offset (a report edge inside an hour).
 */
const FIXTURE = {
  // New York 27 Mar 23:59 · Kolkata 28 Mar 09:29
  b: {
    startedAt: '2026-03-28T03:59:00Z',
    seconds: 300,
    case: 'x',
    symptoms: ['anxiety'],
    outcome: 'support-given',
  },
  // New York 28 Mar 00:30 (Sat) · Kolkata 28 Mar 10:00
  a: {
    startedAt: '2026-03-28T04:30:00Z',
    seconds: 600,
    case: 'x',
    symptoms: ['anxiety', 'chills'],
    outcome: 'referred',
    referrals: [
      { type: 'detox' },
      { type: 'naloxone' },
      { type: 'detox', note: 'second place' },
    ],
    sows: 1,
  },
  // New York 28 Mar 11:00 (Sat), outbound, by the supervisor
  f: {
    startedAt: '2026-03-28T15:00:00Z',
    seconds: 60,
    case: 'y',
    outcome: 'callback-planned',
    by: 'supervisor',
    direction: 'outbound',
  },
  // New York 28 Mar 20:30 (Sat) · Berlin 29 Mar 01:30 CET (Sun), just before the clocks jump
  c: {
    startedAt: '2026-03-29T00:30:00Z',
    seconds: 1200,
    case: 'y',
    outcome: 'emergency-services',
    highRisk: true,
  },
  // New York 29 Mar 18:30 · Berlin 30 Mar 00:30 CEST (Mon)
  d: {
    startedAt: '2026-03-29T22:30:00Z',
    seconds: 900,
    outcome: 'wrong-number',
  },
  // New York 27 Mar 14:40 · Kolkata 28 Mar 00:10: inside Kolkata's first half hour of the day
  g: {
    startedAt: '2026-03-27T18:40:00Z',
    seconds: 120,
    outcome: 'information-given',
    symptoms: ['chills'],
  },
} as const;

type FixtureCall = {
  startedAt: string;
  seconds: number;
  case?: 'x' | 'y';
  symptoms?: readonly string[];
  outcome: string;
  referrals?: readonly object[];
  sows?: number;
  highRisk?: boolean;
  by?: 'supervisor';
  direction?: 'outbound';
};

describe('reports over HTTP', () => {
  let t: TestApp;
  let counselorToken: string;
  let supervisorToken: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.advanceMinutes(40 * 24 * 60); // 11 April 2026: the fixture is in the past
    counselorToken = await signIn(t, counselor.username, counselor.password);
    supervisorToken = await signIn(t, supervisor.username, supervisor.password);
    const cases = {
      x: (
        await t.http
          .post('/api/cases')
          .set(bearer(counselorToken))
          .send({ alias: 'Report X' })
          .expect(201)
      ).body.id,
      y: (
        await t.http
          .post('/api/cases')
          .set(bearer(counselorToken))
          .send({ alias: 'Report Y' })
          .expect(201)
      ).body.id,
    };
    for (const [name, call] of Object.entries(FIXTURE) as [
      string,
      FixtureCall,
    ][]) {
      ids[name] = await logCall(call, cases);
    }
    // A draft in the middle of the range never counts.
    await t.http
      .post('/api/calls')
      .set(bearer(counselorToken))
      .send({
        direction: 'inbound',
        startedAt: '2026-03-28T12:00:00Z',
        caseId: cases.x,
      })
      .expect(201);
  });

  afterAll(async () => {
    await t.close();
  });

  async function logCall(
    call: FixtureCall,
    cases: Record<'x' | 'y', string>,
  ): Promise<string> {
    const token = call.by === 'supervisor' ? supervisorToken : counselorToken;
    const me = (await t.http.get('/api/auth/me').set(bearer(token)).expect(200))
      .body;
    const started = Date.parse(call.startedAt);
    const body = {
      direction: call.direction ?? 'inbound',
      startedAt: call.startedAt,
      endedAt: new Date(started + call.seconds * 1000).toISOString(),
      caseId: call.case ? cases[call.case] : null,
      symptoms: { symptomIds: call.symptoms ?? [] },
      outcome: call.outcome,
      referrals: call.referrals ?? [],
      assessments:
        call.sows === undefined
          ? []
          : [
              {
                instrument: 'sows',
                answers: Object.fromEntries(
                  SOWS_ITEM_IDS.map((id) => [id, call.sows]),
                ),
              },
            ],
      risk: call.highRisk
        ? {
            answers: { q1: true, q2: true, q3: true, q4: true },
            emergencyDisclosure: {
              disclosedByUserId: me.id,
              recipientName: 'Dispatcher 7',
              recipientAffiliation: 'County 911',
              disclosedAt: call.startedAt,
              natureOfEmergency: 'Intent to act tonight',
            },
          }
        : { answers: { q1: false, q2: false, q6: false } },
    };
    const draft: CallRecord = (
      await t.http.post('/api/calls').set(bearer(token)).send(body).expect(201)
    ).body;
    await t.http
      .post(`/api/calls/${draft.id}/finalize`)
      .set(bearer(token))
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

  it('totals one New York day exactly: calls, cases, repeat callers, handle times, risk, direction', async () => {
    const report = await summary(
      'from=2026-03-28&to=2026-03-28&tz=America/New_York',
    );
    expect(report.range).toEqual({
      from: '2026-03-28',
      to: '2026-03-28',
      tz: 'America/New_York',
      startsAt: '2026-03-28T04:00:00.000Z',
      endsBefore: '2026-03-29T04:00:00.000Z',
    });
    expect(report.totals).toEqual({
      calls: 3,
      cases: 2,
      newCases: 0,
      callsWithoutCase: 0,
      avgHandleSeconds: 620,
      medianHandleSeconds: 600,
      highRiskCalls: 1,
      repeatCallers: 1,
      inbound: 2,
      outbound: 1,
    });
    expect(report.byDay).toEqual([{ date: '2026-03-28', calls: 3 }]);
    expect(report.byHour).toEqual([
      { weekday: 6, hour: 0, calls: 1 },
      { weekday: 6, hour: 11, calls: 1 },
      { weekday: 6, hour: 20, calls: 1 },
    ]);
    expect(report.risk).toEqual([
      { level: 'none', calls: 2 },
      { level: 'high', calls: 1 },
    ]);
  });

  it('spreads a three-day range over its local days, with outcomes, referrals by type, symptoms and severity', async () => {
    const report = await summary(
      'from=2026-03-27&to=2026-03-29&tz=America/New_York',
    );
    expect(report.byDay).toEqual([
      { date: '2026-03-27', calls: 2 },
      { date: '2026-03-28', calls: 3 },
      { date: '2026-03-29', calls: 1 },
    ]);
    expect(report.totals.calls).toBe(6);
    expect(report.totals.callsWithoutCase).toBe(2);
    expect(report.totals.repeatCallers).toBe(2);
    expect(report.totals.medianHandleSeconds).toBe(450); // 60 120 300 | 600 900 1200
    expect(report.outcomes).toEqual([
      { outcome: 'support-given', calls: 1 },
      { outcome: 'information-given', calls: 1 },
      { outcome: 'referred', calls: 1 },
      { outcome: 'callback-planned', calls: 1 },
      { outcome: 'emergency-services', calls: 1 },
      { outcome: 'wrong-number', calls: 1 },
    ]);
    expect(report.referrals).toEqual([
      { type: 'detox', referrals: 2 },
      { type: 'naloxone', referrals: 1 },
    ]);
    expect(report.topSymptoms).toEqual([
      { symptomId: 'anxiety', calls: 2 },
      { symptomId: 'chills', calls: 2 },
    ]);
    expect(report.severity).toEqual([
      { instrument: 'sows', severity: 'moderate', assessments: 1 },
    ]);
    const byName = Object.fromEntries(
      report.counselors.map((row) => [row.counselorName, row]),
    );
    expect(byName[counselor.displayName]).toEqual(
      jasmine.objectContaining({
        calls: 5,
        highRiskCalls: 1,
        referrals: 3,
        avgHandleSeconds: Math.round((300 + 600 + 1200 + 900 + 120) / 5),
      }),
    );
    expect(byName[supervisor.displayName]).toEqual(
      jasmine.objectContaining({ calls: 1, avgHandleSeconds: 60 }),
    );
  });

  it('reads Berlin’s 23-hour spring-forward day and the hour after it in local time', async () => {
    const sunday = await summary(
      'from=2026-03-29&to=2026-03-29&tz=Europe/Berlin',
    );
    expect(sunday.range.startsAt).toBe('2026-03-28T23:00:00.000Z');
    expect(sunday.range.endsBefore).toBe('2026-03-29T22:00:00.000Z');
    expect(sunday.totals.calls).toBe(1);
    expect(sunday.byHour).toEqual([{ weekday: 0, hour: 1, calls: 1 }]);
    const monday = await summary(
      'from=2026-03-30&to=2026-03-30&tz=Europe/Berlin',
    );
    expect(monday.byHour).toEqual([{ weekday: 1, hour: 0, calls: 1 }]);
  });

  it('counts a call in a half-hour zone’s first half hour, which no hourly rollup holds', async () => {
    const report = await summary(
      'from=2026-03-28&to=2026-03-28&tz=Asia/Kolkata',
    );
    expect(report.range.startsAt).toBe('2026-03-27T18:30:00.000Z');
    expect(report.totals.calls).toBe(4);
    expect(report.topSymptoms).toEqual([
      { symptomId: 'anxiety', calls: 2 },
      { symptomId: 'chills', calls: 2 },
    ]);
    expect(report.byHour).toContain({ weekday: 6, hour: 0, calls: 1 });
  });

  it('answers an empty range with zeros, every day listed', async () => {
    const report = await summary('from=2026-04-02&to=2026-04-04&tz=UTC');
    expect(report.totals).toEqual(
      jasmine.objectContaining({
        calls: 0,
        cases: 0,
        avgHandleSeconds: null,
        medianHandleSeconds: null,
      }),
    );
    expect(report.byDay.map((day) => day.calls)).toEqual([0, 0, 0]);
    expect(report.byHour).toEqual([]);
    expect(report.counselors).toEqual([]);
  });

  it('drills down from a heatmap cell, a referral type and a counselor to the calls behind them', async () => {
    const drill = async (query: string): Promise<Page<CallSummary>> =>
      (
        await t.http
          .get(
            `/api/reports/calls?from=2026-03-27&to=2026-03-29&tz=America/New_York&${query}`,
          )
          .set(bearer(supervisorToken))
          .expect(200)
      ).body;
    expect(
      (await drill('weekday=6&hour=20')).items.map((call) => call.id),
    ).toEqual([ids['c']]);
    expect(
      (await drill('referralType=detox')).items.map((call) => call.id),
    ).toEqual([ids['a']]);
    expect(
      (await drill('day=2026-03-27')).items.map((call) => call.id),
    ).toEqual([ids['b'], ids['g']]);
    expect(
      (await drill('outcome=wrong-number')).items.map((call) => call.id),
    ).toEqual([ids['d']]);
    expect(
      (await drill('instrument=sows&severity=moderate')).items.map(
        (call) => call.id,
      ),
    ).toEqual([ids['a']]);
    expect((await drill('symptomId=chills')).total).toBe(2);
    expect((await drill('riskLevel=high')).items[0].riskLevel).toBe('high');
    const all = await drill('pageSize=2&page=2');
    expect(all.total).toBe(6);
    expect(all.items.length).toBe(2);
  });

  it('streams the CSV with the Part 2 notice, the documented header, ISO times and no formula cells', async () => {
    const response = await t.http
      .get(
        '/api/reports/calls.csv?from=2026-03-27&to=2026-03-29&tz=America/New_York',
      )
      .set(bearer(supervisorToken))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const lines = (response.body as string).split('\r\n');
    expect(lines[0]).toBe(PART2_NOTICE);
    expect(lines[1]).toBe(REPORT_CSV_COLUMNS.join(','));
    const rows = lines.slice(2).filter(Boolean);
    expect(rows.length).toBe(6);
    expect(rows[0].startsWith(`${ids['g']},`)).toBeTrue();
    expect(rows[0]).toContain(
      ',2026-03-27T18:40:00.000Z,2026-03-27T18:42:00.000Z,120,',
    );
    const referred = rows.find((row) => row.startsWith(ids['a'])) ?? '';
    expect(referred).toContain(',16,moderate,');
    expect(referred).toContain(',anxiety; chills,detox; naloxone; detox,');
  });

  it('neutralizes a counselor name that would run as a spreadsheet formula', async () => {
    const adminToken = await signIn(t, admin.username, admin.password);
    const evil = {
      username: 'formula.person',
      displayName: '=HYPERLINK("http://evil.example","x")',
      password: 'formula-person-pass-1',
    };
    await t.http
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ ...evil, role: 'counselor' })
      .expect(201);
    const token = await signIn(t, evil.username, evil.password);
    const draft: CallRecord = (
      await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({
          direction: 'inbound',
          startedAt: '2026-03-26T12:00:00Z',
          endedAt: '2026-03-26T12:05:00Z',
          outcome: 'support-given',
        })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/calls/${draft.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    const response = await t.http
      .get('/api/reports/calls.csv?from=2026-03-26&to=2026-03-26')
      .set(bearer(supervisorToken))
      .expect(200);
    expect(response.text).toContain(
      `,"'=HYPERLINK(""http://evil.example"",""x"")",`,
    );
    expect(response.text).not.toMatch(/,=HYPERLINK/);
  });

  it('audits the summary and the export with the range and the row count', async () => {
    await t.http
      .get(
        '/api/reports/calls.csv?from=2026-03-28&to=2026-03-28&tz=America/New_York',
      )
      .set(bearer(supervisorToken))
      .expect(200);
    const trail: Page<AuditEvent> = (
      await t.http
        .get('/api/audit?action=report.export&pageSize=1')
        .set(bearer(supervisorToken))
        .expect(200)
    ).body;
    expect(trail.items[0].details).toEqual(
      jasmine.objectContaining({
        from: '2026-03-28',
        to: '2026-03-28',
        tz: 'America/New_York',
        rows: 3,
        complete: true,
      }),
    );
  });

  it('refuses counselors, and the signed-out', async () => {
    await t.http
      .get('/api/reports/summary?from=2026-03-28&to=2026-03-28&tz=UTC')
      .set(bearer(counselorToken))
      .expect(403);
    await t.http
      .get('/api/reports/calls.csv?from=2026-03-28&to=2026-03-28')
      .set(bearer(counselorToken))
      .expect(403);
    await t.http
      .get('/api/reports/calls?from=2026-03-28&to=2026-03-28&tz=UTC')
      .set(bearer(counselorToken))
      .expect(403);
    await t.http
      .get('/api/reports/summary?from=2026-03-28&to=2026-03-28&tz=UTC')
      .expect(401);
  });

  const badQueries: [string, string, string][] = [
    ['a missing from', 'to=2026-03-28&tz=UTC', 'from'],
    [
      'a date that does not exist',
      'from=2026-02-30&to=2026-03-28&tz=UTC',
      'from',
    ],
    ['an unknown zone', 'from=2026-03-28&to=2026-03-28&tz=Mars/Olympus', 'tz'],
    ['to before from', 'from=2026-03-28&to=2026-03-01&tz=UTC', 'to'],
    ['a range over two years', 'from=2023-01-01&to=2026-03-28&tz=UTC', 'to'],
  ];
  for (const [what, query, field] of badQueries) {
    it(`answers 400 naming ${field} for ${what}`, async () => {
      const response = await t.http
        .get(`/api/reports/summary?${query}`)
        .set(bearer(supervisorToken))
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toContain(field);
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|sqlite|\.ts:/i);
    });
  }

  it('answers 400 naming the drill-down field that is wrong', async () => {
    const base = '/api/reports/calls?from=2026-03-27&to=2026-03-29&tz=UTC';
    const hour = await t.http
      .get(`${base}&weekday=3`)
      .set(bearer(supervisorToken))
      .expect(400);
    expect(hour.body.fields[0].field).toBe('hour');
    const day = await t.http
      .get(`${base}&day=2026-04-01`)
      .set(bearer(supervisorToken))
      .expect(400);
    expect(day.body.fields[0].field).toBe('day');
    const outcome = await t.http
      .get(`${base}&outcome=maybe`)
      .set(bearer(supervisorToken))
      .expect(400);
    expect(outcome.body.fields[0].field).toBe('outcome');
    await t.http
      .get('/api/reports/calls.csv?from=2026-03-29&to=2026-03-01')
      .set(bearer(supervisorToken))
      .expect(400);
  });
});
