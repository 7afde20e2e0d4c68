import type { Callback, CaseRecord, Page } from '@casebook/shared/contracts';
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

describe('call-backs over HTTP', () => {
  let t: TestApp;
  let mine: string;
  let sup: string;
  let myId: string;
  let supId: string;
  let kase: CaseRecord;

  beforeAll(async () => {
    t = await startTestApp();
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
    myId = (await t.http.get('/api/auth/me').set(bearer(mine)).expect(200)).body
      .id;
    supId = (await t.http.get('/api/auth/me').set(bearer(sup)).expect(200)).body
      .id;
    kase = (
      await t.http
        .post('/api/cases')
        .set(bearer(mine))
        .send({ alias: 'Call me back', alert: 'Ask for Sam' })
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
        .send({ caseId: kase.id, reason: 'Check in', ...body })
        .expect(201)
    ).body;
  }

  async function queue(query: string, token = mine): Promise<Page<Callback>> {
    return (
      await t.http.get(`/api/callbacks${query}`).set(bearer(token)).expect(200)
    ).body;
  }

  it('schedules for me and for the team; queues sort by due time and flag the overdue', async () => {
    const later = await schedule({ dueAt: inMinutes(120), assignedToId: myId });
    const earlier = await schedule({
      dueAt: inMinutes(-30),
      assignedToId: myId,
    });
    const team = await schedule({ dueAt: inMinutes(60) });
    const myQueue = await queue('?queue=mine');
    const ids = myQueue.items.map((c) => c.id);
    expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
    expect(myQueue.items.find((c) => c.id === earlier.id)?.overdue).toBeTrue();
    expect(myQueue.items.find((c) => c.id === later.id)?.overdue).toBeFalse();
    expect(myQueue.items.find((c) => c.id === later.id)?.caseAlert).toBe(
      'Ask for Sam',
    );
    expect((await queue('?queue=team')).items.map((c) => c.id)).toContain(
      team.id,
    );
    expect((await queue('?queue=team')).items.map((c) => c.id)).not.toContain(
      later.id,
    );
  });

  it('logs attempts; reaching the caller closes it as done', async () => {
    const callback = await schedule({ dueAt: inMinutes(10) });
    const noAnswer = await t.http
      .patch(`/api/callbacks/${callback.id}`)
      .set(bearer(mine))
      .send({
        version: callback.version,
        attempt: { result: 'no-answer', note: 'Rang out' },
      })
      .expect(200);
    expect(noAnswer.body.status).toBe('open');
    const reached = await t.http
      .patch(`/api/callbacks/${callback.id}`)
      .set(bearer(mine))
      .send({ version: noAnswer.body.version, attempt: { result: 'reached' } })
      .expect(200);
    expect(reached.body.status).toBe('done');
    expect(
      reached.body.attempts.map((a: { result: string }) => a.result),
    ).toEqual(['no-answer', 'reached']);
    expect(reached.body.attempts[0].byName).toBe(counselor.displayName);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const callback = await schedule({ dueAt: inMinutes(10) });
    await t.http
      .patch(`/api/callbacks/${callback.id}`)
      .set(bearer(mine))
      .send({ version: 1, reason: 'First' })
      .expect(200);
    await t.http
      .patch(`/api/callbacks/${callback.id}`)
      .set(bearer(mine))
      .send({ version: 1, reason: 'Second' })
      .expect(409);
    const found = (await queue('?queue=team')).items.find(
      (c) => c.id === callback.id,
    );
    expect(found?.reason).toBe('First');
  });

  it("keeps a counselor out of a colleague's call-back; a supervisor may reassign it and see all", async () => {
    const theirs = await schedule(
      { dueAt: inMinutes(5), assignedToId: supId },
      sup,
    );
    await t.http
      .patch(`/api/callbacks/${theirs.id}`)
      .set(bearer(mine))
      .send({ version: 1, status: 'cancelled' })
      .expect(403);
    await t.http.get('/api/callbacks?queue=all').set(bearer(mine)).expect(403);
    const moved = await t.http
      .patch(`/api/callbacks/${theirs.id}`)
      .set(bearer(sup))
      .send({ version: 1, assignedToId: myId })
      .expect(200);
    expect(moved.body.assignedToName).toBe(counselor.displayName);
    expect((await queue('?queue=all', sup)).items.map((c) => c.id)).toContain(
      theirs.id,
    );
  });

  it('refuses a deactivated colleague or an admin as the new assignee with 400 naming assignedToId', async () => {
    const admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    const adminId = (
      await t.http.get('/api/auth/me').set(bearer(admin)).expect(200)
    ).body.id;
    const gone = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({
        username: 'left.team',
        displayName: 'Lee Left',
        role: 'counselor',
        password: 'a long enough password',
      })
      .expect(201);
    await t.http
      .patch(`/api/users/${gone.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    const created = await t.http
      .post('/api/callbacks')
      .set(bearer(sup))
      .send({
        caseId: kase.id,
        reason: 'Check in',
        dueAt: inMinutes(30),
        assignedToId: gone.body.id,
      })
      .expect(400);
    expect(created.body.fields).toEqual([
      {
        field: 'assignedToId',
        message: 'assignedToId must name an active counselor or supervisor',
      },
    ]);
    const callback = await schedule({ dueAt: inMinutes(30) }, sup);
    for (const assignedToId of [gone.body.id, adminId]) {
      const refused = await t.http
        .patch(`/api/callbacks/${callback.id}`)
        .set(bearer(sup))
        .send({ version: 1, assignedToId })
        .expect(400);
      expect(
        refused.body.fields.map((f: { field: string }) => f.field),
      ).toEqual(['assignedToId']);
    }
    const unchanged = (await queue('?queue=team', sup)).items.find(
      (c) => c.id === callback.id,
    );
    expect(unchanged?.assignedToId).toBeNull();
    expect(unchanged?.version).toBe(1);
  });

  const bad: [string, object, string][] = [
    [
      'an unknown case',
      {
        caseId: '6c1f9a3e-0000-4000-8000-000000000000',
        dueAt: '2026-03-02T12:00:00Z',
      },
      'caseId',
    ],
    ['a due time without a zone', { dueAt: '2026-03-02 12:00' }, 'dueAt'],
    [
      'an empty reason',
      { dueAt: '2026-03-02T12:00:00Z', reason: ' ' },
      'reason',
    ],
    [
      'an admin as assignee',
      { dueAt: '2026-03-02T12:00:00Z', assignedToId: 'ADMIN' },
      'assignedToId',
    ],
    [
      'an unknown field',
      { dueAt: '2026-03-02T12:00:00Z', priority: 'high' },
      'priority',
    ],
  ];
  for (const [what, body, field] of bad) {
    it(`refuses ${what} with 400 naming ${field}`, async () => {
      let payload = { caseId: kase.id, reason: 'Check in', ...body } as Record<
        string,
        unknown
      >;
      if (payload['assignedToId'] === 'ADMIN') {
        const admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
        payload = {
          ...payload,
          assignedToId: (
            await t.http.get('/api/auth/me').set(bearer(admin)).expect(200)
          ).body.id,
        };
      }
      const before = (await queue('?queue=team&pageSize=1')).total;
      const response = await t.http
        .post('/api/callbacks')
        .set(bearer(mine))
        .send(payload)
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toContain(field);
      expect((await queue('?queue=team&pageSize=1')).total).toBe(before);
    });
  }
});
