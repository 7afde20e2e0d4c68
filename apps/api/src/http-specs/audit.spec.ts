import { DataSource } from 'typeorm';
import type { AuditEvent, Page } from '@casebook/shared/contracts';
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

describe('audit trail over HTTP', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
  });

  afterEach(async () => {
    await t.close();
  });

  async function auditAs(token: string, query = ''): Promise<Page<AuditEvent>> {
    const response = await t.http
      .get(`/api/audit${query}`)
      .set(bearer(token))
      .expect(200);
    return response.body as Page<AuditEvent>;
  }

  it('records successful and failed sign-ins and sign-outs, newest first', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ username: counselor.username, password: 'not the password' })
      .expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ username: 'my-secret-password', password: 'x' })
      .expect(401);
    t.clock.advanceMinutes(1);
    const token = await signIn(t, counselor.username, counselor.password);
    t.clock.advanceMinutes(1);
    await t.http.post('/api/auth/logout').set(bearer(token)).expect(204);
    t.clock.advanceMinutes(1);
    const reader = await signIn(t, supervisor.username, supervisor.password);
    const page = await auditAs(reader, '?pageSize=10');
    const actions = page.items.map((e) => `${e.action}:${e.username ?? '-'}`);
    expect(actions.slice(0, 3)).toEqual([
      'auth.login:supervisor',
      'auth.logout:counselor',
      'auth.login:counselor',
    ]);
    expect(actions).toContain('auth.login-failed:counselor');
    // An unknown username may be a password typed in the wrong field: it is not stored.
    expect(actions).toContain('auth.login-failed:-');
    expect(JSON.stringify(page)).not.toContain('my-secret-password');
  });

  it('filters by user and action, and records its own reading', async () => {
    const counselorToken = await signIn(
      t,
      counselor.username,
      counselor.password,
    );
    const me = await t.http
      .get('/api/auth/me')
      .set(bearer(counselorToken))
      .expect(200);
    const reader = await signIn(t, supervisor.username, supervisor.password);
    const mine = await auditAs(
      reader,
      `?userId=${me.body.id}&action=auth.login`,
    );
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toEqual(
      jasmine.objectContaining({ userId: me.body.id, action: 'auth.login' }),
    );
    const reads = await auditAs(reader, '?action=audit.read');
    expect(reads.total).toBe(1);
  });

  it('names the case each event concerns by its number, from the same query; other events carry null', async () => {
    const counselorToken = await signIn(
      t,
      counselor.username,
      counselor.password,
    );
    const kase = (
      await t.http
        .post('/api/cases')
        .set(bearer(counselorToken))
        .send({ alias: 'Numbered' })
        .expect(201)
    ).body;
    t.clock.advanceMinutes(1);
    await t.http
      .get(`/api/cases/${kase.id}`)
      .set(bearer(counselorToken))
      .expect(200);
    const reader = await signIn(t, supervisor.username, supervisor.password);
    const page = await auditAs(reader, `?caseId=${kase.id}`);
    expect(page.items.map((e) => [e.action, e.caseNumber])).toEqual([
      ['case.read', kase.caseNumber],
      ['case.create', kase.caseNumber],
    ]);
    const logins = await auditAs(reader, '?action=auth.login');
    expect(logins.total).toBe(2);
    expect(logins.items.map((e) => e.caseNumber)).toEqual([null, null]);
    // Paging still counts and slices newest first with the join in place; the first read
    // of this case's trail is now in it, and names the case too.
    const first = await auditAs(reader, `?caseId=${kase.id}&page=1&pageSize=2`);
    expect(first.total).toBe(3);
    expect(first.items.map((e) => [e.action, e.caseNumber])).toEqual([
      ['audit.read', kase.caseNumber],
      ['case.read', kase.caseNumber],
    ]);
    const second = await auditAs(
      reader,
      `?caseId=${kase.id}&page=2&pageSize=2`,
    );
    expect(second.total).toBe(4);
    expect(second.items.map((e) => e.action)).toEqual([
      'case.read',
      'case.create',
    ]);
  });

  it('reads from and to as [from, to): an event at exactly `to` belongs to the next range', async () => {
    const at = t.clock.now();
    await signIn(t, counselor.username, counselor.password);
    t.clock.advanceMinutes(1);
    const reader = await signIn(t, supervisor.username, supervisor.password);
    const logins = (query: string) =>
      auditAs(reader, `?action=auth.login&${query}`);
    const before = (instant: Date) => encodeURIComponent(instant.toISOString());
    expect((await logins(`to=${before(at)}`)).total).toBe(0);
    expect(
      (await logins(`to=${before(new Date(at.getTime() + 1))}`)).items.map(
        (e) => e.username,
      ),
    ).toEqual([counselor.username]);
    expect(
      (
        await logins(
          `from=${before(at)}&to=${before(new Date(at.getTime() + 60_000))}`,
        )
      ).total,
    ).toBe(1);
  });

  it('records account changes by field name, never the new password', async () => {
    const admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({
        username: 'kim',
        displayName: 'Kim',
        role: 'counselor',
        password: 'kims first password',
      })
      .expect(201);
    await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ password: 'kims second password' })
      .expect(200);
    const page = await auditAs(admin, '?action=user.update');
    expect(page.items[0].details).toEqual({
      changed: 'password',
      active: true,
      role: 'counselor',
    });
    expect(JSON.stringify(await auditAs(admin))).not.toContain('kims');
  });

  it('is closed to counselors', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    await t.http.get('/api/audit').set(bearer(token)).expect(403);
  });

  it('refuses bad filters, naming them', async () => {
    const reader = await signIn(t, supervisor.username, supervisor.password);
    const response = await t.http
      .get('/api/audit?action=delete-everything&from=yesterday')
      .set(bearer(reader))
      .expect(400);
    expect(
      response.body.fields.map((f: { field: string }) => f.field).sort(),
    ).toEqual(['action', 'from']);
  });

  it('cannot be edited or deleted, even with SQL', async () => {
    await signIn(t, counselor.username, counselor.password);
    const db = t.app.get(DataSource);
    await expectAsync(
      db.query(`UPDATE audit_events SET action = 'auth.logout'`),
    ).toBeRejectedWithError(/append-only/);
    await expectAsync(
      db.query('DELETE FROM audit_events'),
    ).toBeRejectedWithError(/append-only/);
    const [{ count }] = await db.query(
      'SELECT COUNT(*) AS count FROM audit_events',
    );
    expect(Number(count)).toBeGreaterThan(0);
  });
});
