import type { StaffMember } from '@casebook/shared/contracts';
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

describe('the staff list over HTTP', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives a counselor every account, by display name, with no username or password hash', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    const response = await t.http
      .get('/api/users/staff')
      .set(bearer(token))
      .expect(200);
    const staff = response.body as StaffMember[];
    const names = staff.map((member) => member.displayName);
    expect(names).toEqual(
      [...names].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
    expect(names).toEqual(
      jasmine.arrayContaining([
        'Administrator',
        counselor.displayName,
        supervisor.displayName,
      ]),
    );
    for (const member of staff) {
      expect(Object.keys(member).sort()).toEqual([
        'active',
        'displayName',
        'id',
        'role',
      ]);
    }
    const body = JSON.stringify(staff);
    expect(body).not.toContain('argon2');
    expect(body).not.toContain(TEST_ADMIN.username);
    expect(
      staff.find((member) => member.displayName === counselor.displayName),
    ).toEqual(jasmine.objectContaining({ role: 'counselor', active: true }));
  });

  it('keeps a deactivated account in the list, marked inactive', async () => {
    const created = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({
        username: 'gone.soon',
        displayName: 'Gale Gone',
        role: 'counselor',
        password: 'a long enough password',
      })
      .expect(201);
    await t.http
      .patch(`/api/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    const token = await signIn(t, supervisor.username, supervisor.password);
    const staff = (
      await t.http.get('/api/users/staff').set(bearer(token)).expect(200)
    ).body as StaffMember[];
    expect(staff.find((member) => member.id === created.body.id)).toEqual({
      id: created.body.id,
      displayName: 'Gale Gone',
      role: 'counselor',
      active: false,
    });
  });

  it('is open to supervisors and admins as well', async () => {
    const token = await signIn(t, supervisor.username, supervisor.password);
    await t.http.get('/api/users/staff').set(bearer(token)).expect(200);
    await t.http.get('/api/users/staff').set(bearer(admin)).expect(200);
  });

  it('refuses a caller without a session with 401', async () => {
    await t.http.get('/api/users/staff').expect(401);
    await t.http.get('/api/users/staff').set(bearer('not-a-token')).expect(401);
  });

  it('leaves the rest of /api/users to admins', async () => {
    const token = await signIn(t, counselor.username, counselor.password);
    await t.http.get('/api/users').set(bearer(token)).expect(403);
  });
});
