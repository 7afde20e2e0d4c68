import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');

/** ADR 23: the open call a counselor has on screen keeps them signed in; every other idle rule stands. */
describe('sessions during an open call', () => {
  let t: TestApp;
  let token: string;

  beforeEach(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '15' });
    token = await signIn(t, counselor.username, counselor.password);
  });

  afterEach(async () => {
    await t.close();
  });

  const minutesAgo = (minutes: number) =>
    new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();
  const startCall = async (
    body: object = {},
    as = token,
  ): Promise<{ id: string }> =>
    (
      await t.http
        .post('/api/calls')
        .set(bearer(as))
        .send({ direction: 'inbound', startedAt: minutesAgo(1), ...body })
        .expect(201)
    ).body;
  const check = (callId?: string) =>
    t.http
      .get(`/api/auth/session${callId ? `?callId=${callId}` : ''}`)
      .set(bearer(token));
  const expiry = (response: { headers: Record<string, string> }) =>
    Date.parse(response.headers[SESSION_EXPIRES_HEADER.toLowerCase()]);

  it('extends the session on the passive check only for the open call it names', async () => {
    const before = expiry(await check().expect(200));
    const call = await startCall();
    t.clock.advanceMinutes(14);
    const unnamed = await check().expect(200);
    expect(expiry(unnamed)).toBe(before);
    expect(unnamed.body.onCall).toBeFalse();
    const named = await check(call.id).expect(200);
    expect(named.body).toEqual({
      expiresAt: new Date(t.clock.now().getTime() + 15 * 60_000).toISOString(),
      onCall: true,
    });
    expect(expiry(named)).toBe(t.clock.now().getTime() + 15 * 60_000);
  });

  it('keeps a counselor quiet on a call for 40 minutes through checks, even one that comes late', async () => {
    const call = await startCall();
    t.clock.advanceMinutes(14);
    await check(call.id).expect(200);
    t.clock.advanceMinutes(14);
    await check(call.id).expect(200);
    // A background tab's timer fires late, after the idle limit: the open call still holds.
    t.clock.advanceMinutes(16);
    expect((await check(call.id).expect(200)).body.onCall).toBeTrue();
    await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
  });

  it('does not count a call marked ended, another counselor’s draft, or a draft begun over a day ago', async () => {
    const ended = await startCall();
    await t.http
      .patch(`/api/calls/${ended.id}`)
      .set(bearer(token))
      .send({ endedAt: t.clock.now().toISOString() })
      .expect(200);
    const old = await startCall({ startedAt: minutesAgo(25 * 60) });
    const theirs = await startCall(
      {},
      await signIn(t, supervisor.username, supervisor.password),
    );
    t.clock.advanceMinutes(14);
    for (const id of [ended.id, old.id, theirs.id]) {
      expect((await check(id).expect(200)).body.onCall)
        .withContext(id)
        .toBeFalse();
    }
    t.clock.advanceMinutes(2);
    await check(ended.id).expect(401);
  });

  it('ends idle as before when no call is named', async () => {
    await startCall();
    t.clock.advanceMinutes(16);
    await check().expect(401);
  });

  it('still ends a session on a call at the 12-hour limit', async () => {
    const call = await startCall();
    for (let minutes = 0; minutes < 11 * 60 + 50; minutes += 14) {
      t.clock.advanceMinutes(14);
      await check(call.id).expect(200);
    }
    t.clock.advanceMinutes(15);
    await check(call.id).expect(401);
  });

  it('refuses a callId that is not an id', async () => {
    const response = await check('not-a-call').expect(400);
    expect(response.body.fields).toEqual([
      { field: 'callId', message: 'callId must be a call id' },
    ]);
  });
});
