import type {
  AuditEvent,
  Callback,
  CaseRecord,
  Page,
} from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');

/** Issue 12 item 6: before scheduling another call-back the call screen asks for the case's open ones. */
describe("one case's (or one call's) call-backs over HTTP", () => {
  let t: TestApp;
  let mine: string;
  let sup: string;
  let admin: string;
  let supId: string;
  let kase: CaseRecord;
  let other: CaseRecord;

  beforeAll(async () => {
    t = await startTestApp();
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    supId = (await t.http.get('/api/auth/me').set(bearer(sup)).expect(200)).body
      .id;
    kase = (
      await t.http
        .post('/api/cases')
        .set(bearer(mine))
        .send({ alias: 'Has call-backs' })
        .expect(201)
    ).body;
    other = (
      await t.http
        .post('/api/cases')
        .set(bearer(mine))
        .send({ alias: 'Someone else' })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await t.close();
  });

  const inMinutes = (minutes: number) =>
    new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();

  async function schedule(body: object, token = mine): Promise<Callback> {
    return (
      await t.http
        .post('/api/callbacks')
        .set(bearer(token))
        .send({ reason: 'Check in', ...body })
        .expect(201)
    ).body;
  }

  async function newCase(alias: string): Promise<CaseRecord> {
    return (
      await t.http
        .post('/api/cases')
        .set(bearer(mine))
        .send({ alias })
        .expect(201)
    ).body;
  }

  async function list(query: string, token = mine): Promise<Page<Callback>> {
    return (
      await t.http.get(`/api/callbacks${query}`).set(bearer(token)).expect(200)
    ).body;
  }

  it("lists a case's open call-backs whoever holds them, to a counselor too; none of another case's, none closed", async () => {
    // A case of its own: the other specs (in random order) add call-backs to the shared one.
    const ownCase = await newCase('Has call-backs of its own');
    const teams = await schedule({ caseId: ownCase.id, dueAt: inMinutes(90) });
    const supervisors = await schedule(
      { caseId: ownCase.id, dueAt: inMinutes(30), assignedToId: supId },
      sup,
    );
    const closed = await schedule({ caseId: ownCase.id, dueAt: inMinutes(10) });
    await t.http
      .patch(`/api/callbacks/${closed.id}`)
      .set(bearer(mine))
      .send({ version: 1, status: 'cancelled' })
      .expect(200);
    await schedule({ caseId: other.id, dueAt: inMinutes(20) });

    const open = await list(`?caseId=${ownCase.id}&status=open`);
    expect(open.items.map((c) => c.id)).toEqual([supervisors.id, teams.id]);
    expect(open.total).toBe(2);
    expect(
      (await list(`?caseId=${ownCase.id}&status=any`)).items.map((c) => c.id),
    ).toEqual([closed.id, supervisors.id, teams.id]);
    // A queue still narrows a case's list when asked for.
    expect(
      (await list(`?caseId=${ownCase.id}&queue=team`)).items.map((c) => c.id),
    ).toEqual([teams.id]);
    // Without a case, "all" stays the supervisors'.
    await t.http.get('/api/callbacks?queue=all').set(bearer(mine)).expect(403);
  });

  it('lists the call-back scheduled from one call, whatever became of it', async () => {
    const call = (
      await t.http
        .post('/api/calls')
        .set(bearer(mine))
        .send({
          caseId: kase.id,
          direction: 'inbound',
          startedAt: inMinutes(-5),
        })
        .expect(201)
    ).body;
    const fromCall = await schedule({
      caseId: kase.id,
      dueAt: inMinutes(45),
      sourceCallId: call.id,
      assignedToId: supId,
    });
    await schedule({ caseId: kase.id, dueAt: inMinutes(50) });
    await t.http
      .patch(`/api/callbacks/${fromCall.id}`)
      .set(bearer(sup))
      .send({ version: 1, attempt: { result: 'reached' } })
      .expect(200);

    const found = await list(`?sourceCallId=${call.id}&status=any`);
    expect(found.items.map((c) => [c.id, c.status, c.assignedToName])).toEqual([
      [fromCall.id, 'done', supervisor.displayName],
    ]);
    expect((await list(`?sourceCallId=${call.id}`)).total).toBe(0);
  });

  it("audits the read against the case, so the case's audit trail shows who looked", async () => {
    const looked = await newCase('Looked at');
    await schedule({ caseId: looked.id, dueAt: inMinutes(20) });
    await list(`?caseId=${looked.id}&status=open`);
    const audit = await t.http
      .get(`/api/audit?caseId=${looked.id}&action=callback.list`)
      .set(bearer(sup))
      .expect(200);
    const events = audit.body.items as AuditEvent[];
    expect(events.length).toBe(1);
    expect(events[0].username).toBe(counselor.username);
    expect(events[0].details).toEqual(
      jasmine.objectContaining({ status: 'open', results: 1 }),
    );
  });

  it('keeps admins out: no case records for them', async () => {
    await t.http
      .get(`/api/callbacks?caseId=${kase.id}`)
      .set(bearer(admin))
      .expect(403);
  });

  const bad: [string, string, string][] = [
    ['a case id that is not an id', 'caseId=42', 'caseId'],
    ['a call id that is not an id', 'sourceCallId=abc', 'sourceCallId'],
    ['an unknown status', 'status=pending', 'status'],
    ['an unknown queue', 'queue=everyone', 'queue'],
  ];
  for (const [what, query, field] of bad) {
    it(`refuses ${what} with 400 naming ${field}`, async () => {
      const response = await t.http
        .get(`/api/callbacks?${query}`)
        .set(bearer(mine))
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toEqual([field]);
      expect(JSON.stringify(response.body)).not.toContain('stack');
    });
  }
});
