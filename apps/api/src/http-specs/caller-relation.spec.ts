import type { CallRecord, CallSummary, Page } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

/** Issue 12: who is calling, on each call (ADR 30). */
describe('caller relation over HTTP', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await signIn(t, counselor.username, counselor.password);
  });

  afterAll(async () => {
    await t.close();
  });

  const minutesAgo = (minutes: number) =>
    new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();

  async function draft(body: object = {}): Promise<CallRecord> {
    return (
      await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({ direction: 'inbound', startedAt: minutesAgo(10), ...body })
        .expect(201)
    ).body;
  }

  async function read(id: string): Promise<CallRecord> {
    return (await t.http.get(`/api/calls/${id}`).set(bearer(token)).expect(200))
      .body;
  }

  async function countCalls(): Promise<number> {
    return (
      (await t.http.get('/api/calls?pageSize=1').set(bearer(token)).expect(200))
        .body as Page<CallSummary>
    ).total;
  }

  it('is self when a call does not say who is calling', async () => {
    const call = await draft();
    expect(call.callerRelation).toBe('self');
    expect((await read(call.id)).callerRelation).toBe('self');
  });

  it('stores the relation sent, reads it back, and keeps it through an autosave that leaves it out and through finalize', async () => {
    const call = await draft({ callerRelation: 'family' });
    expect(call.callerRelation).toBe('family');
    expect((await read(call.id)).callerRelation).toBe('family');

    await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({ notes: 'Mother calling about her son' })
      .expect(200);
    expect((await read(call.id)).callerRelation).toBe('family');

    const changed: CallRecord = (
      await t.http
        .patch(`/api/calls/${call.id}`)
        .set(bearer(token))
        .send({ callerRelation: 'professional' })
        .expect(200)
    ).body;
    expect(changed.callerRelation).toBe('professional');

    await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({ endedAt: minutesAgo(1) })
      .expect(200);
    const final: CallRecord = (
      await t.http
        .post(`/api/calls/${call.id}/finalize`)
        .set(bearer(token))
        .expect(200)
    ).body;
    expect(final.callerRelation).toBe('professional');
    expect((await read(call.id)).callerRelation).toBe('professional');
  });

  const badValues: [string, unknown][] = [
    ['a relation not in the list', 'neighbour'],
    ['null', null],
    ['a number', 12],
    ['the wrong case', 'Family'],
  ];
  for (const [what, value] of badValues) {
    it(`refuses ${what} on create with 400 naming callerRelation, and stores nothing`, async () => {
      const before = await countCalls();
      const response = await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({
          direction: 'inbound',
          startedAt: minutesAgo(10),
          callerRelation: value,
        })
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toEqual(['callerRelation']);
      expect(await countCalls()).toBe(before);
    });

    it(`refuses ${what} on autosave with 400 naming callerRelation, and keeps the stored relation`, async () => {
      const call = await draft({ callerRelation: 'friend' });
      const response = await t.http
        .patch(`/api/calls/${call.id}`)
        .set(bearer(token))
        .send({ callerRelation: value })
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toEqual(['callerRelation']);
      const after = await read(call.id);
      expect(after.callerRelation).toBe('friend');
      expect(after.version).toBe(call.version);
    });
  }
});
