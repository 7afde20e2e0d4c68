import { DataSource } from 'typeorm';
import type { AuditEvent, CallRecord, Page } from '@casebook/shared/contracts';
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

/** ADR 32: a draft set aside is kept, audited, and leaves every list of drafts in progress. */
describe('discarding drafts over HTTP', () => {
  let t: TestApp;
  let db: DataSource;
  let mine: string;
  let sup: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
    const admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({
        username: 'robin',
        displayName: 'Robin Other',
        role: 'counselor',
        password: 'robins own password',
      })
      .expect(201);
    other = await signIn(t, 'robin', 'robins own password');
  });

  afterAll(async () => {
    await t.close();
  });

  const startCall = async (body: object = {}, as = mine): Promise<CallRecord> =>
    (
      await t.http
        .post('/api/calls')
        .set(bearer(as))
        .send({
          direction: 'inbound',
          startedAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
          ...body,
        })
        .expect(201)
    ).body;
  const discard = (id: string, as: string, body: object = {}) =>
    t.http.post(`/api/calls/${id}/discard`).set(bearer(as)).send(body);
  const statusOf = async (id: string): Promise<string> =>
    (await db.query(`SELECT status FROM calls WHERE id = '${id}'`))[0].status;
  const discardAudits = async (id: string): Promise<AuditEvent[]> =>
    (
      (
        await t.http
          .get('/api/audit?action=call.discard&pageSize=100')
          .set(bearer(sup))
          .expect(200)
      ).body as Page<AuditEvent>
    ).items.filter((event) => event.entityId === id);

  it('lets the counselor discard their draft: kept with who and when, audited, gone from My drafts', async () => {
    const call = await startCall({
      notes: 'Caller asked about detox; hung up',
    });
    const response = await discard(call.id, mine).expect(200);
    const record = response.body as CallRecord;
    expect(record.status).toBe('discarded');
    expect(record.discardedAt).toBe(t.clock.now().toISOString());
    expect(record.discardedByName).toBe(counselor.displayName);
    expect(record.notes).toBe('Caller asked about detox; hung up');
    expect(record.version).toBe(call.version + 1);

    const [event] = await discardAudits(call.id);
    expect(event.username).toBe(counselor.username);
    expect(event.details).toEqual({
      status: 'discarded',
      version: call.version + 1,
      onlyIfEmpty: false,
    });

    const drafts = (
      await t.http
        .get('/api/calls?status=draft&pageSize=100')
        .set(bearer(mine))
        .expect(200)
    ).body;
    expect(drafts.items.map((c: CallRecord) => c.id)).not.toContain(call.id);
    const unfiltered = (
      await t.http.get('/api/calls?pageSize=100').set(bearer(mine)).expect(200)
    ).body;
    expect(unfiltered.items.map((c: CallRecord) => c.id)).not.toContain(
      call.id,
    );
  });

  it('shows discarded drafts to a supervisor who asks for them, and still reads them', async () => {
    const call = await startCall({ notes: 'Wrong number' });
    await discard(call.id, mine).expect(200);
    const listed = (
      await t.http
        .get('/api/calls?status=discarded&pageSize=100')
        .set(bearer(sup))
        .expect(200)
    ).body;
    expect(listed.items.map((c: CallRecord) => [c.id, c.status])).toContain([
      call.id,
      'discarded',
    ]);
    const read = (
      await t.http.get(`/api/calls/${call.id}`).set(bearer(sup)).expect(200)
    ).body as CallRecord;
    expect(read.notes).toBe('Wrong number');
    // Another counselor reads it no more than they read the draft.
    await t.http.get(`/api/calls/${call.id}`).set(bearer(other)).expect(403);
  });

  it("lets a supervisor discard a counselor's draft, signed with the supervisor's name", async () => {
    const call = await startCall();
    const record = (await discard(call.id, sup).expect(200)).body as CallRecord;
    expect(record.discardedByName).toBe(supervisor.displayName);
    expect((await discardAudits(call.id))[0].username).toBe(
      supervisor.username,
    );
  });

  it("refuses another counselor's draft (403), an admin (403), an unknown call (404), and changes nothing", async () => {
    const call = await startCall({ notes: 'Mine' });
    const refused = await discard(call.id, other).expect(403);
    expect(refused.body.message).toContain(
      'Only the counselor who took this call, or a supervisor',
    );
    await discard(
      call.id,
      await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password),
    ).expect(403);
    await discard('00000000-0000-4000-8000-000000000000', mine).expect(404);
    await discard('not-a-call', mine).expect(404);
    expect(await statusOf(call.id)).toBe('draft');
    expect(await discardAudits(call.id)).toEqual([]);
  });

  it('answers 409 for a finalized call and for a draft already discarded', async () => {
    const call = await startCall({
      notes: 'Done',
      endedAt: t.clock.now().toISOString(),
    });
    await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(mine))
      .send({})
      .expect(200);
    const finalized = await discard(call.id, mine).expect(409);
    expect(finalized.body.message).toContain('finalized');
    expect(await statusOf(call.id)).toBe('final');

    const twice = await startCall();
    await discard(twice.id, mine).expect(200);
    expect((await discard(twice.id, sup).expect(409)).body.message).toContain(
      'discarded',
    );
    expect(await discardAudits(twice.id)).toHaveSize(1);
  });

  it('keeps a discarded draft read-only: no autosave, no finalize', async () => {
    const call = await startCall();
    await discard(call.id, mine).expect(200);
    await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(mine))
      .send({ notes: 'late save' })
      .expect(409);
    await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(mine))
      .send({})
      .expect(409);
    expect(
      (await db.query(`SELECT notes FROM calls WHERE id = '${call.id}'`))[0]
        .notes,
    ).toBe('');
  });

  it('with onlyIfEmpty, discards an untouched draft and keeps (409) one with anything in it', async () => {
    const empty = await startCall({ notes: '   ' });
    const done = (
      await discard(empty.id, mine, { onlyIfEmpty: true }).expect(200)
    ).body as CallRecord;
    expect(done.status).toBe('discarded');
    expect(
      (await discardAudits(empty.id))[0].details['onlyIfEmpty'],
    ).toBeTrue();

    // Only for one's own draft: a supervisor leaving a colleague's fresh call leaves it be.
    const colleagues = await startCall();
    await discard(colleagues.id, sup, { onlyIfEmpty: true }).expect(403);
    expect(await statusOf(colleagues.id)).toBe('draft');

    const sows = await startCall({
      assessments: [{ instrument: 'sows', answers: { anxious: 1 } }],
    });
    const kept = await discard(sows.id, mine, { onlyIfEmpty: true }).expect(
      409,
    );
    expect(kept.body.message).toContain('has content');
    expect(await statusOf(sows.id)).toBe('draft');
    expect(await discardAudits(sows.id)).toEqual([]);
  });

  it('takes a discard with no body at all as a plain discard', async () => {
    const call = await startCall();
    await t.http
      .post(`/api/calls/${call.id}/discard`)
      .set(bearer(mine))
      .expect(200);
    expect(await statusOf(call.id)).toBe('discarded');
  });

  it('refuses a bad body with 400 naming the field, and changes nothing', async () => {
    const call = await startCall();
    const wrongType = await discard(call.id, mine, {
      onlyIfEmpty: 'yes',
    }).expect(400);
    expect(JSON.stringify(wrongType.body)).toContain('onlyIfEmpty');
    const unknown = await discard(call.id, mine, { reason: 'bored' }).expect(
      400,
    );
    expect(JSON.stringify(unknown.body)).toContain('reason');
    expect(await statusOf(call.id)).toBe('draft');
  });

  it('writes the change and its audit row in one transaction: no audit, no discard', async () => {
    const call = await startCall({ notes: 'Keep me' });
    if (db.options.type === 'postgres') {
      await db.query(`CREATE FUNCTION spec_fail_discard() RETURNS trigger AS $$
        BEGIN IF NEW.action = 'call.discard' THEN RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`);
      await db.query(
        `CREATE TRIGGER spec_fail_discard BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION spec_fail_discard()`,
      );
    } else {
      await db.query(`CREATE TRIGGER spec_fail_discard BEFORE INSERT ON audit_events
        WHEN NEW.action = 'call.discard' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END`);
    }
    try {
      const failed = await discard(call.id, mine).expect(500);
      expect(JSON.stringify(failed.body)).not.toContain('audit unavailable');
    } finally {
      await db.query(
        'DROP TRIGGER spec_fail_discard' +
          (db.options.type === 'postgres' ? ' ON audit_events' : ''),
      );
      if (db.options.type === 'postgres')
        await db.query('DROP FUNCTION spec_fail_discard()');
    }
    const [row] = await db.query(
      `SELECT status, discarded_at, discarded_by, version FROM calls WHERE id = '${call.id}'`,
    );
    expect([
      row.status,
      row.discarded_at,
      row.discarded_by,
      Number(row.version),
    ]).toEqual(['draft', null, null, call.version]);
  });

  it('no longer keeps the session alive for a discarded call on screen (ADR 23)', async () => {
    const call = await startCall();
    expect(
      (
        await t.http
          .get(`/api/auth/session?callId=${call.id}`)
          .set(bearer(mine))
          .expect(200)
      ).body.onCall,
    ).toBeTrue();
    await discard(call.id, mine).expect(200);
    expect(
      (
        await t.http
          .get(`/api/auth/session?callId=${call.id}`)
          .set(bearer(mine))
          .expect(200)
      ).body.onCall,
    ).toBeFalse();
  });
});
