import type {
  AuditEvent,
  CallerRelation,
  CallSummary,
  Page,
  ReportSummary,
} from '@casebook/shared/contracts';
import { REPORT_CSV_COLUMNS } from '@casebook/shared/contracts';
import {
  logReportCall,
  startReportTestApp,
  type ReportTestApp,
} from '../testing/report-fixture';
import { bearer } from '../testing/test-app';

/**
 * Issue 12: reports count calls by caller relation (ADR 35). One UTC day (20 March 2026,
 * after the demo history) with known relations, one call at 19 March 18:40 UTC — Kolkata's
 * 20 March 00:10, in the half hour no hourly rollup holds — and one the next day.
 */
const FIXTURE: Record<string, { startedAt: string; relation: CallerRelation }> =
  {
    selfMorning: { startedAt: '2026-03-20T09:00:00Z', relation: 'self' },
    selfNoon: { startedAt: '2026-03-20T12:00:00Z', relation: 'self' },
    mother: { startedAt: '2026-03-20T10:00:00Z', relation: 'family' },
    brother: { startedAt: '2026-03-20T23:30:00Z', relation: 'family' },
    pharmacist: { startedAt: '2026-03-20T15:00:00Z', relation: 'professional' },
    kolkataFriend: { startedAt: '2026-03-19T18:40:00Z', relation: 'friend' },
    nextDayOther: { startedAt: '2026-03-21T08:00:00Z', relation: 'other' },
  };

describe('reports by caller relation over HTTP', () => {
  let app: ReportTestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startReportTestApp();
    for (const [name, call] of Object.entries(FIXTURE)) {
      ids[name] = await logReportCall(app, call.startedAt, {
        callerRelation: call.relation,
      });
    }
    // A draft from a friend on the same day never counts.
    await logReportCall(
      app,
      '2026-03-20T14:00:00Z',
      { callerRelation: 'friend' },
      true,
    );
  });

  afterAll(async () => {
    await app.t.close();
  });

  const summary = async (
    query: string,
    token = app.tokens.supervisor,
  ): Promise<ReportSummary> =>
    (
      await app.t.http
        .get(`/api/reports/summary?${query}`)
        .set(bearer(token))
        .expect(200)
    ).body;

  const drill = async (query: string): Promise<Page<CallSummary>> =>
    (
      await app.t.http
        .get(`/api/reports/calls?${query}`)
        .set(bearer(app.tokens.supervisor))
        .expect(200)
    ).body;

  it('counts the finalized calls of a UTC day by relation, in the contract’s order, leaving out relations without calls', async () => {
    const report = await summary('from=2026-03-20&to=2026-03-20&tz=UTC');
    expect(report.totals.calls).toBe(5);
    expect(report.relations).toEqual([
      { relation: 'self', calls: 2 },
      { relation: 'family', calls: 2 },
      { relation: 'professional', calls: 1 },
    ]);
  });

  it('counts a half-hour zone’s edge from the calls and a local day that crosses UTC midnight', async () => {
    // Kolkata's 20 March runs 19 Mar 18:30 – 20 Mar 18:30 UTC: the friend in, the late brother out.
    const kolkata = await summary(
      'from=2026-03-20&to=2026-03-20&tz=Asia/Kolkata',
    );
    expect(kolkata.totals.calls).toBe(5);
    expect(kolkata.relations).toEqual([
      { relation: 'self', calls: 2 },
      { relation: 'family', calls: 1 },
      { relation: 'friend', calls: 1 },
      { relation: 'professional', calls: 1 },
    ]);
    // Two days in New York (UTC−4): 20 Mar 04:00 – 22 Mar 04:00 UTC.
    const newYork = await summary(
      'from=2026-03-20&to=2026-03-21&tz=America/New_York',
    );
    expect(newYork.relations).toEqual([
      { relation: 'self', calls: 2 },
      { relation: 'family', calls: 2 },
      { relation: 'professional', calls: 1 },
      { relation: 'other', calls: 1 },
    ]);
  });

  it('gives admins the same figures, and an empty range an empty list', async () => {
    const forAdmin = await summary(
      'from=2026-03-20&to=2026-03-20&tz=UTC',
      app.tokens.admin,
    );
    expect(forAdmin.relations).toEqual(
      (await summary('from=2026-03-20&to=2026-03-20&tz=UTC')).relations,
    );
    expect(
      (await summary('from=2026-03-25&to=2026-03-25&tz=UTC')).relations,
    ).toEqual([]);
  });

  it('lists the calls behind a relation, and audits the filter', async () => {
    const family = await drill(
      'from=2026-03-20&to=2026-03-20&tz=UTC&callerRelation=family',
    );
    expect(family.total).toBe(2);
    expect(family.items.map((call) => call.id).sort()).toEqual(
      [ids['mother'], ids['brother']].sort(),
    );
    const friend = await drill(
      'from=2026-03-20&to=2026-03-20&tz=Asia/Kolkata&callerRelation=friend',
    );
    expect(friend.items.map((call) => call.id)).toEqual([ids['kolkataFriend']]);
    expect(
      (await drill('from=2026-03-20&to=2026-03-20&tz=UTC&callerRelation=other'))
        .total,
    ).toBe(0);
    const [event] = (
      await app.t.http
        .get('/api/audit?action=report.read&pageSize=1')
        .set(bearer(app.tokens.supervisor))
        .expect(200)
    ).body.items as AuditEvent[];
    expect(JSON.stringify(event)).toContain('"callerRelation":"other"');
  });

  it('answers 400 naming callerRelation for a relation that does not exist, and keeps admins out of the calls', async () => {
    const bad = await app.t.http
      .get(
        '/api/reports/calls?from=2026-03-20&to=2026-03-20&tz=UTC&callerRelation=neighbour',
      )
      .set(bearer(app.tokens.supervisor))
      .expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'callerRelation',
    ]);
    expect(JSON.stringify(bad.body)).not.toContain('SELECT');
    await app.t.http
      .get(
        '/api/reports/calls?from=2026-03-20&to=2026-03-20&tz=UTC&callerRelation=family',
      )
      .set(bearer(app.tokens.admin))
      .expect(403);
  });

  it('writes each call’s relation in a caller_relation column after the documented ones', async () => {
    const response = await app.t.http
      .get('/api/reports/calls.csv?from=2026-03-20&to=2026-03-20&tz=UTC')
      .set(bearer(app.tokens.supervisor))
      .expect(200);
    const lines = response.text.split('\r\n');
    expect(lines[1]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(REPORT_CSV_COLUMNS[REPORT_CSV_COLUMNS.length - 1]).toBe(
      'caller_relation',
    );
    const relationOf = new Map(
      lines
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(','))
        .map((row) => [
          row[0],
          row[REPORT_CSV_COLUMNS.indexOf('caller_relation')],
        ]),
    );
    expect(relationOf).toEqual(
      new Map([
        [ids['selfMorning'], 'self'],
        [ids['mother'], 'family'],
        [ids['selfNoon'], 'self'],
        [ids['pharmacist'], 'professional'],
        [ids['brother'], 'family'],
      ]),
    );
  });
});
