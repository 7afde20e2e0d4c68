import { demoAccount, startTestApp, type TestApp } from '../testing/test-app';

const counselor = demoAccount('counselor');

/** The sign-in throttle under concurrency and its growing delay (ADR 0017), behind one trusted proxy. */
describe('sign-in throttle', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });

  afterEach(async () => {
    await t.close();
  });

  const login = (
    password: string,
    address = '203.0.113.7',
    username = counselor.username,
  ) =>
    t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password });

  it('checks at most five of forty wrong passwords sent at once', async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(`wrong-password-${i}`)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    expect(statuses.every((s) => s === 401 || s === 429)).toBeTrue();
  });

  it('does not sign in the right password hidden at position 26 of a burst of 30', async () => {
    const passwords = Array.from({ length: 30 }, (_, i) =>
      i === 25 ? counselor.password : `wrong-password-${i}`,
    );
    const statuses = (await Promise.all(passwords.map((p) => login(p)))).map(
      (r) => r.status,
    );
    expect(statuses).not.toContain(200);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  });

  it('makes a pair wait 1, then 2 minutes after its five free failures, and says how long', async () => {
    for (let i = 0; i < 5; i++) await login(`wrong-password-${i}`).expect(401);
    const first = await login(counselor.password).expect(429);
    expect(Number(first.headers['retry-after'])).toBe(60);
    t.clock.advanceMinutes(1);
    await login('wrong-password-again').expect(401);
    const second = await login(counselor.password).expect(429);
    expect(Number(second.headers['retry-after'])).toBe(120);
    t.clock.advanceMinutes(2);
    await login(counselor.password).expect(200);
  });

  it('does not lock the account out for its owner at another address', async () => {
    for (let i = 0; i < 5; i++)
      await login(`wrong-password-${i}`, '198.51.100.66').expect(401);
    await login(counselor.password, '198.51.100.66').expect(429);
    await login(counselor.password, '203.0.113.7').expect(200);
  });

  it('still stops one address spraying twenty usernames', async () => {
    for (let i = 0; i < 20; i++)
      await login('guessed-password', '198.51.100.9', `guess${i}`).expect(401);
    await login(counselor.password, '198.51.100.9').expect(429);
    await login(counselor.password, '203.0.113.7').expect(200);
  });

  it('forgives the pair once its owner signs in', async () => {
    for (let i = 0; i < 4; i++) await login(`wrong-password-${i}`).expect(401);
    await login(counselor.password).expect(200);
    for (let i = 0; i < 5; i++) await login(`wrong-password-${i}`).expect(401);
    await login(counselor.password).expect(429);
  });
});
