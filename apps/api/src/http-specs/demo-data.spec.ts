import type {
  Callback,
  CallRecord,
  CaseRecord,
  Page,
  ReferralResource,
  ReportSummary,
} from '@casebook/shared/contracts';
import { DEMO_DIRECTORY, DEMO_ENTRY_NOTE } from '@casebook/api/seed';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');
const HOUR = 3_600_000;

/**
 * Issue 12 item 7 (ADR 35): DEMO_DATA=1 adds, besides the synthetic history, a demo
 * directory and a few cases whose calls name substances, one from a family member, with
 * call-backs in every state, all relative to the clock (2026-03-02 09:00 UTC here).
 */
describe('demo data over HTTP', () => {
  let t: TestApp;
  let mine: string;
  let sup: string;

  beforeAll(async () => {
    t = await startTestApp();
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
  });

  afterAll(async () => {
    await t.close();
  });

  const get = async <T>(url: string, token = mine): Promise<T> =>
    (await t.http.get(url).set(bearer(token)).expect(200)).body as T;
  const now = () => t.clock.now().getTime();

  it('lists the demo directory entries, each named and noted as fictional, with a 555-01xx number', async () => {
    const local = await get<Page<ReferralResource>>(
      '/api/resources?national=false&pageSize=100',
    );
    expect(local.items.map((entry) => entry.name).sort()).toEqual(
      DEMO_DIRECTORY.map((entry) => entry.name).sort(),
    );
    for (const entry of local.items) {
      expect(entry.name).toMatch(/^Demo /);
      expect(entry.notes?.startsWith(DEMO_ENTRY_NOTE))
        .withContext(entry.name)
        .toBeTrue();
      expect(entry.phone).toMatch(/^\+1\d{3}55501\d\d$/);
    }
  });

  it('lets the directory be searched by language', async () => {
    const names = async (q: string) =>
      (
        await get<Page<ReferralResource>>(
          `/api/resources?q=${q}&national=false`,
        )
      ).items
        .map((e) => e.name)
        .sort();
    expect(await names('spanish')).toEqual([
      'Demo Clínica Esperanza (buprenorphine)',
      'Demo Harm Reduction Hub (naloxone)',
      'Demo Riverside Withdrawal Center',
    ]);
    expect(await names('vietnamese')).toEqual([
      'Demo Lakeview Methadone Program',
    ]);
    expect(await names('haitian')).toEqual([
      'Demo Harm Reduction Hub (naloxone)',
    ]);
  });

  it('puts call-backs overdue, due soon and later in the queues, and one done with its attempt', async () => {
    const open = (
      await get<Page<Callback>>('/api/callbacks?queue=all&pageSize=100', sup)
    ).items.filter((c) => c.reason.startsWith('Demo:'));
    const dueIn = (callback: Callback) =>
      (Date.parse(callback.dueAt) - now()) / HOUR;
    expect(
      open.map((c) => [c.caseAlias, dueIn(c), c.overdue, c.assignedToName]),
    ).toEqual([
      ['Marisol R.', -2, true, counselor.displayName],
      ['Dev P.', 0.5, false, null],
      ['Lee K.', 20, false, supervisor.displayName],
    ]);
    expect(open[0].caseAlert).toBe('Prefers Spanish');
    const mineOverdue = await get<Page<Callback>>('/api/callbacks?queue=mine');
    expect(mineOverdue.items.map((c) => c.id)).toContain(open[0].id);
    const done = (
      await get<Page<Callback>>('/api/callbacks?queue=all&status=done', sup)
    ).items.filter((c) => c.reason.startsWith('Demo:'));
    expect(done.length).toBe(1);
    expect(done[0].caseAlias).toBe('Dev P.');
    expect(done[0].attempts.map((a) => a.result)).toEqual(['reached']);
  });

  it('gives the showcase calls fentanyl, heroin, a co-use and a family caller, referred to demo entries', async () => {
    const calls = async (alias: string): Promise<CallRecord[]> => {
      const [kase] = (
        await get<Page<CaseRecord>>(`/api/cases?q=${encodeURIComponent(alias)}`)
      ).items.filter((c) => c.alias === alias);
      const listed = await get<Page<{ id: string }>>(
        `/api/calls?caseId=${kase.id}`,
      );
      const records = await Promise.all(
        listed.items.map((c) => get<CallRecord>(`/api/calls/${c.id}`)),
      );
      return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    };
    const [marisol] = await calls('Marisol R.');
    expect([
      marisol.substance,
      marisol.coUsedSubstances,
      marisol.callerRelation,
    ]).toEqual(['fentanyl', [], 'self']);
    const [lee] = await calls('Lee K.');
    expect([lee.substance, lee.coUsedSubstances]).toEqual([
      'fentanyl',
      ['xylazine', 'stimulants'],
    ]);
    const dev = await calls('Dev P.');
    expect(dev.map((c) => [c.substance, c.callerRelation, c.status])).toEqual([
      ['heroin', 'self', 'final'],
      ['heroin', 'family', 'final'],
    ]);
    const [referral] = dev[0].referrals;
    const directory = await get<Page<ReferralResource>>(
      '/api/resources?national=false&pageSize=100',
    );
    expect(
      directory.items.find((e) => e.id === referral.resourceId)?.name,
    ).toBe('Demo Riverside Withdrawal Center');
  });

  it('counts the showcase in the reports: four opioid calls and one from family in its days', async () => {
    const report = await get<ReportSummary>(
      '/api/reports/summary?from=2026-02-27&to=2026-03-02&tz=UTC',
      sup,
    );
    // The synthetic history names no substance and is all "self": these come from the showcase.
    expect(report.safety.opioidCalls).toBe(4);
    expect(report.safety.naloxoneDiscussed).toBe(4);
    expect(report.relations.find((r) => r.relation === 'family')).toEqual({
      relation: 'family',
      calls: 1,
    });
    expect(report.relations.map((r) => r.relation)).toEqual(['self', 'family']);
  });

  it('adds nothing when the API starts again on the same database', async () => {
    const count = async (app: TestApp, token: string) => ({
      entries: (
        await app.http
          .get('/api/resources?pageSize=1')
          .set(bearer(token))
          .expect(200)
      ).body.total,
      callbacks: (
        await app.http
          .get('/api/callbacks?queue=all&pageSize=1')
          .set(bearer(token))
          .expect(200)
      ).body.total,
      cases: (
        await app.http
          .get('/api/cases?pageSize=1')
          .set(bearer(token))
          .expect(200)
      ).body.total,
    });
    const before = await count(t, sup);
    const again =
      t.config.database.type === 'sqlite'
        ? await startTestApp({ DATABASE_PATH: t.config.database.path })
        : await startTestApp({
            DATABASE_TYPE: 'postgres',
            DATABASE_URL: t.config.database.url,
          });
    try {
      const token = await signIn(
        again,
        supervisor.username,
        supervisor.password,
      );
      expect(await count(again, token)).toEqual(before);
    } finally {
      await again.close();
    }
  });
});
