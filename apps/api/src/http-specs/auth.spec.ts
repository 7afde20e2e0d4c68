import { SESSION_ABSOLUTE_HOURS } from '@casebook/shared/domain';
import {
  SESSION_EXPIRES_HEADER,
  type LoginResponse,
} from '@casebook/shared/contracts';
import {
  bearer,
  signIn,
  startTestApp,
  type TestApp,
  demoAccount,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

describe('auth over HTTP', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '15' });
  });

  afterEach(async () => {
    await t.close();
  });

  it('signs in with the reply DESIGN.md names and answers who-am-I with that token', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username, password: counselor.password })
      .expect(200);
    const body = login.body as LoginResponse;
    expect(body.user).toEqual({
      id: jasmine.any(String),
      username: counselor.username,
      displayName: counselor.displayName,
      role: 'counselor',
    });
    expect(new Date(body.expiresAt).getTime()).toBe(
      t.clock.now().getTime() + 15 * 60_000,
    );
    const me = await t.http
      .get('/api/auth/me')
      .set(bearer(body.accessToken))
      .expect(200);
    expect(me.body).toEqual(body.user);
    expect(me.headers[SESSION_EXPIRES_HEADER.toLowerCase()]).toBe(
      body.expiresAt,
    );
  });

  it('accepts the username in any case', async () => {
    await signIn(t, counselor.username.toUpperCase(), counselor.password);
  });

  it('gives an unknown user and a wrong password the same 401', async () => {
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'whatever-password' });
    const wrong = await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username, password: 'wrong-password-x' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid username or password',
    });
  });

  it('refuses a request without a token, with a malformed token and with an unknown token', async () => {
    await t.http.get('/api/auth/me').expect(401);
    await t.http
      .get('/api/auth/me')
      .set('Authorization', 'Basic abc')
      .expect(401);
    await t.http
      .get('/api/auth/me')
      .set(bearer('x'.repeat(43)))
      .expect(401);
  });

  it('ends the session on logout', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    await t.http.post('/api/auth/logout').set(bearer(token)).expect(204);
    const after = await t.http
      .get('/api/auth/me')
      .set(bearer(token))
      .expect(401);
    expect(after.body.message).toContain('session has ended');
  });

  it('ends a session left unused past the idle limit, and keeps one that is used', async () => {
    const idle = await signIn(t, counselor.username, counselor.password);
    const busy = await signIn(t, counselor.username, counselor.password);
    t.clock.advanceMinutes(14);
    await t.http.get('/api/auth/me').set(bearer(busy)).expect(200);
    t.clock.advanceMinutes(2);
    await t.http.get('/api/auth/me').set(bearer(idle)).expect(401);
    const stillBusy = await t.http
      .get('/api/auth/me')
      .set(bearer(busy))
      .expect(200);
    expect(stillBusy.headers[SESSION_EXPIRES_HEADER.toLowerCase()]).toBe(
      new Date(t.clock.now().getTime() + 15 * 60_000).toISOString(),
    );
  });

  it('ends even a busy session at the absolute limit', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    const started = t.clock.now().getTime();
    const limit = started + SESSION_ABSOLUTE_HOURS * 3_600_000;
    while (t.clock.now().getTime() + 10 * 60_000 < limit) {
      t.clock.advanceMinutes(10);
      await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    }
    const last = await t.http
      .get('/api/auth/me')
      .set(bearer(token))
      .expect(200);
    expect(
      new Date(last.headers[SESSION_EXPIRES_HEADER.toLowerCase()]).getTime(),
    ).toBeLessThanOrEqual(limit);
    t.clock.advanceMinutes(10);
    await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
  });

  it('answers 429 after five failures for one username, even for the right password, until the window passes', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ username: counselor.username, password: `wrong-${i}-password` })
        .expect(401);
    }
    const throttled = await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username, password: counselor.password })
      .expect(429);
    expect(throttled.body.message).toContain(
      'Too many failed sign-in attempts',
    );
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advanceMinutes(16);
    await signIn(t, counselor.username, counselor.password);
  });

  it('answers 429 to one address after twenty failures across usernames', async () => {
    for (let i = 0; i < 20; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ username: `guess${i}`, password: 'guessed-password' })
        .expect(401);
    }
    await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username, password: counselor.password })
      .expect(429);
  });

  it('refuses a login body with a missing field, naming it', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username })
      .expect(400);
    expect(response.body.fields).toContain({
      field: 'password',
      message: 'password must be text',
    });
  });
});
