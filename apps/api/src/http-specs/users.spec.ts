import type { Page, UserAccount } from '@casebook/shared/contracts';
import {
  bearer,
  signIn,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
  demoAccount,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');
const newCounselor = {
  username: 'jo.lee',
  displayName: 'Jo Lee',
  role: 'counselor',
  password: 'a long enough password',
};

describe('user admin over HTTP', () => {
  let t: TestApp;
  let admin: string;

  beforeEach(async () => {
    t = await startTestApp();
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
  });

  afterEach(async () => {
    await t.close();
  });

  it('lists the bootstrap admin and the demo accounts, paged, without password hashes', async () => {
    const response = await t.http
      .get('/api/users?page=1&pageSize=2')
      .set(bearer(admin))
      .expect(200);
    const page = response.body as Page<UserAccount>;
    expect(page.total).toBe(4);
    expect(page.items.length).toBe(2);
    expect(page.items.map((u) => u.username)).toEqual(['admin', 'counselor']);
    expect(JSON.stringify(page)).not.toContain('argon2');
  });

  it('creates a counselor who can then sign in', async () => {
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send(newCounselor)
      .expect(201);
    expect(created.body).toEqual(
      jasmine.objectContaining({
        username: 'jo.lee',
        displayName: 'Jo Lee',
        role: 'counselor',
        active: true,
        lastLoginAt: null,
      }),
    );
    await signIn(t, 'jo.lee', newCounselor.password);
  });

  it('refuses a second account with the same username in another case', async () => {
    await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send(newCounselor)
      .expect(201);
    const again = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...newCounselor, username: 'JO.LEE' })
      .expect(409);
    expect(again.body.message).toContain('already exists');
  });

  it('names every bad field of a new account and stores nothing', async () => {
    const response = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({
        username: 'Bad Name!',
        displayName: '',
        role: 'root',
        password: 'short',
        isAdmin: true,
      })
      .expect(400);
    const fields = (response.body.fields as { field: string }[]).map(
      (f) => f.field,
    );
    expect(new Set(fields)).toEqual(
      new Set(['username', 'displayName', 'role', 'password', 'isAdmin']),
    );
    const list = await t.http.get('/api/users').set(bearer(admin)).expect(200);
    expect(list.body.total).toBe(4);
  });

  it("deactivation ends that user's sessions at once and blocks sign-in", async () => {
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send(newCounselor)
      .expect(201);
    const token = await signIn(t, 'jo.lee', newCounselor.password);
    await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    const patched = await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    expect(patched.body.active).toBe(false);
    await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ username: 'jo.lee', password: newCounselor.password })
      .expect(401);
    await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ active: true })
      .expect(200);
    await signIn(t, 'jo.lee', newCounselor.password);
  });

  it('a password reset ends the old sessions and the new password works', async () => {
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send(newCounselor)
      .expect(201);
    const token = await signIn(t, 'jo.lee', newCounselor.password);
    await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ password: 'a brand new password' })
      .expect(200);
    await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ username: 'jo.lee', password: newCounselor.password })
      .expect(401);
    await signIn(t, 'jo.lee', 'a brand new password');
  });

  it('changes display name and role; the new role applies to the open session at once', async () => {
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send(newCounselor)
      .expect(201);
    const token = await signIn(t, 'jo.lee', newCounselor.password);
    await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ displayName: 'Jo Lee-Park', role: 'supervisor' })
      .expect(200);
    const me = await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    expect(me.body).toEqual(
      jasmine.objectContaining({
        displayName: 'Jo Lee-Park',
        role: 'supervisor',
      }),
    );
  });

  it('does not let an admin deactivate or demote themself', async () => {
    const me = await t.http.get('/api/auth/me').set(bearer(admin)).expect(200);
    await t.http
      .patch(`/api/users/${me.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(400);
    await t.http
      .patch(`/api/users/${me.body.id}`)
      .set(bearer(admin))
      .send({ role: 'counselor' })
      .expect(400);
    await t.http.get('/api/auth/me').set(bearer(admin)).expect(200);
  });

  it('answers 404 for an unknown or malformed account id', async () => {
    await t.http
      .patch('/api/users/6c1f9a3e-0000-4000-8000-000000000000')
      .set(bearer(admin))
      .send({ active: false })
      .expect(404);
    await t.http
      .patch('/api/users/not-an-id')
      .set(bearer(admin))
      .send({ active: false })
      .expect(404);
  });

  it('refuses the user endpoints to counselors and supervisors with 403', async () => {
    for (const account of [counselor, supervisor]) {
      const token = await signIn(t, account.username, account.password);
      const denied = await t.http
        .get('/api/users')
        .set(bearer(token))
        .expect(403);
      expect(denied.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'Your role does not allow this',
      });
      await t.http
        .post('/api/users')
        .set(bearer(token))
        .send(newCounselor)
        .expect(403);
    }
  });

  it('refuses a bad page size, naming the field', async () => {
    const response = await t.http
      .get('/api/users?pageSize=5000')
      .set(bearer(admin))
      .expect(400);
    expect(response.body.fields[0].field).toBe('pageSize');
  });
});
