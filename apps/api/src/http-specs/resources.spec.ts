import type { Page, ReferralResource } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

describe('referral directory over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let mine: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    mine = await signIn(t, counselor.username, counselor.password);
  });

  afterAll(async () => {
    await t.close();
  });

  async function search(
    query: string,
    token = mine,
  ): Promise<Page<ReferralResource>> {
    return (
      await t.http.get(`/api/resources${query}`).set(bearer(token)).expect(200)
    ).body;
  }

  it('admins add and retire entries; counselors search active ones by name and type', async () => {
    const detox = (
      await t.http
        .post('/api/resources')
        .set(bearer(admin))
        .send({
          name: 'Northside Detox',
          type: 'detox',
          phone: '(312) 555-0142',
          hours: '24/7',
          languages: ['English', 'Spanish'],
        })
        .expect(201)
    ).body as ReferralResource;
    expect(detox.phone).toBe('+13125550142');
    await t.http
      .post('/api/resources')
      .set(bearer(admin))
      .send({ name: 'Harbor Shelter', type: 'shelter' })
      .expect(201);
    expect((await search('?q=north')).items.map((r) => r.name)).toEqual([
      'Northside Detox',
    ]);
    expect((await search('?type=shelter')).items.map((r) => r.name)).toEqual([
      'Harbor Shelter',
    ]);
    // The demo directory (DEMO_DATA, ADR 35) lists Spanish-speaking entries too.
    const spanish = (await search('?q=spanish&national=false')).items.map(
      (r) => r.name,
    );
    expect(spanish).toContain('Northside Detox');
    expect(spanish).not.toContain('Harbor Shelter');

    await t.http
      .patch(`/api/resources/${detox.id}`)
      .set(bearer(admin))
      .send({ version: 1, active: false })
      .expect(200);
    expect((await search('?q=north')).total).toBe(0);
    expect((await search('?q=north&includeInactive=true', admin)).total).toBe(
      1,
    );
  });

  it('refuses changes from counselors and bad input from admins', async () => {
    await t.http
      .post('/api/resources')
      .set(bearer(mine))
      .send({ name: 'X', type: 'detox' })
      .expect(403);
    const bad = await t.http
      .post('/api/resources')
      .set(bearer(admin))
      .send({ name: '', type: 'spa', phone: '12' })
      .expect(400);
    expect(
      bad.body.fields.map((f: { field: string }) => f.field).sort(),
    ).toEqual(['name', 'type']);
    const phone = await t.http
      .post('/api/resources')
      .set(bearer(admin))
      .send({ name: 'Y', type: 'detox', phone: '12' })
      .expect(400);
    expect(phone.body.fields[0].field).toBe('phone');
  });

  it('a referral on a call may name a directory entry, which must exist', async () => {
    const entry = (
      await t.http
        .post('/api/resources')
        .set(bearer(admin))
        .send({ name: 'Bup Clinic', type: 'buprenorphine' })
        .expect(201)
    ).body;
    const startedAt = t.clock.now().toISOString();
    const ok = await t.http
      .post('/api/calls')
      .set(bearer(mine))
      .send({
        direction: 'inbound',
        startedAt,
        referrals: [{ type: 'buprenorphine', resourceId: entry.id }],
      })
      .expect(201);
    expect(ok.body.referrals).toEqual([
      { type: 'buprenorphine', resourceId: entry.id },
    ]);
    const bad = await t.http
      .post('/api/calls')
      .set(bearer(mine))
      .send({
        direction: 'inbound',
        startedAt,
        referrals: [
          { type: 'detox', resourceId: '6c1f9a3e-0000-4000-8000-000000000000' },
        ],
      })
      .expect(400);
    expect(bad.body.fields[0].field).toBe('referrals.0.resourceId');
  });

  it('reads one entry by id, retired ones too, for anyone signed in; an unknown id is 404', async () => {
    const entry = (
      await t.http
        .post('/api/resources')
        .set(bearer(admin))
        .send({
          name: 'Old Clinic',
          type: 'methadone',
          phone: '(312) 555-0199',
        })
        .expect(201)
    ).body as ReferralResource;
    await t.http
      .patch(`/api/resources/${entry.id}`)
      .set(bearer(admin))
      .send({ version: 1, active: false })
      .expect(200);
    const read = (
      await t.http
        .get(`/api/resources/${entry.id}`)
        .set(bearer(mine))
        .expect(200)
    ).body as ReferralResource;
    expect([read.name, read.phone, read.active]).toEqual([
      'Old Clinic',
      '+13125550199',
      false,
    ]);
    await t.http
      .get('/api/resources/6c1f9a3e-0000-4000-8000-000000000000')
      .set(bearer(mine))
      .expect(404);
    await t.http.get('/api/resources/not-an-id').set(bearer(mine)).expect(404);
    await t.http.get(`/api/resources/${entry.id}`).expect(401);
  });
});
