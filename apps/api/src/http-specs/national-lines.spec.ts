import type { Page, ReferralResource } from '@casebook/shared/contracts';
import { NATIONAL_LINE_IDS } from '@casebook/shared/domain';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

/** Issue 9, item 7: a fresh database carries the national lines as editable directory entries. */
describe('national lines in the directory over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let mine: string;

  // Each spec starts from a fresh database: the first one is about what a fresh one holds.
  beforeEach(async () => {
    t = await startTestApp();
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    mine = await signIn(t, counselor.username, counselor.password);
  });

  afterEach(async () => {
    await t.close();
  });

  async function nationalLines(token = mine): Promise<ReferralResource[]> {
    const page: Page<ReferralResource> = (
      await t.http
        .get('/api/resources?national=true')
        .set(bearer(token))
        .expect(200)
    ).body;
    return page.items;
  }

  async function entry(id: string): Promise<ReferralResource> {
    const page: Page<ReferralResource> = (
      await t.http
        .get('/api/resources?includeInactive=true&pageSize=100')
        .set(bearer(admin))
        .expect(200)
    ).body;
    const found = page.items.find((item) => item.id === id);
    if (!found) throw new Error(`no directory entry ${id}`);
    return found;
  }

  it('a fresh database lists 988, SAMHSA’s National Helpline and Poison Control, marked national, under their fixed ids', async () => {
    const lines = await nationalLines();
    expect(
      lines.map(
        ({ id, name, type, phone, hours, languages, national, active }) => ({
          id,
          name,
          type,
          phone,
          hours,
          languages,
          national,
          active,
        }),
      ),
    ).toEqual([
      {
        id: NATIONAL_LINE_IDS.suicideCrisisLifeline,
        name: '988 Suicide & Crisis Lifeline',
        type: 'crisis-line',
        phone: '988',
        hours: '24/7',
        languages: [],
        national: true,
        active: true,
      },
      {
        id: NATIONAL_LINE_IDS.poisonControl,
        name: 'Poison Control',
        type: 'other',
        phone: '+18002221222',
        hours: '24/7',
        languages: [],
        national: true,
        active: true,
      },
      {
        id: NATIONAL_LINE_IDS.samhsaHelpline,
        name: "SAMHSA's National Helpline",
        type: 'other',
        phone: '+18006624357',
        hours: '24/7, 365 days a year',
        languages: ['English', 'Spanish'],
        national: true,
        active: true,
      },
    ]);
    expect(
      (
        await t.http
          .get('/api/resources?q=samhsa')
          .set(bearer(mine))
          .expect(200)
      ).body.total,
    ).toBe(1);
    expect(
      (
        await t.http
          .get('/api/resources?national=false')
          .set(bearer(mine))
          .expect(200)
      ).body.items.some((item: ReferralResource) => item.national),
    ).toBeFalse();
  });

  it('admins edit a national line like any entry, and mark or unmark entries national', async () => {
    const lifeline = await entry(NATIONAL_LINE_IDS.suicideCrisisLifeline);
    const edited = (
      await t.http
        .patch(`/api/resources/${lifeline.id}`)
        .set(bearer(admin))
        .send({ version: lifeline.version, hours: 'Any hour' })
        .expect(200)
    ).body as ReferralResource;
    expect(edited).toEqual(
      jasmine.objectContaining({
        phone: '988',
        hours: 'Any hour',
        national: true,
        version: lifeline.version + 1,
      }),
    );

    const local = (
      await t.http
        .post('/api/resources')
        .set(bearer(admin))
        .send({ name: 'County Crisis Line', type: 'crisis-line', phone: '211' })
        .expect(201)
    ).body as ReferralResource;
    expect(local.national).toBeFalse();
    expect(local.phone).toBe('211');
    await t.http
      .patch(`/api/resources/${local.id}`)
      .set(bearer(admin))
      .send({ version: 1, national: true })
      .expect(200);
    expect((await nationalLines()).map((line) => line.name)).toContain(
      'County Crisis Line',
    );

    const poison = await entry(NATIONAL_LINE_IDS.poisonControl);
    await t.http
      .patch(`/api/resources/${poison.id}`)
      .set(bearer(admin))
      .send({ version: poison.version, national: false })
      .expect(200);
    expect((await nationalLines()).map((line) => line.id)).not.toContain(
      NATIONAL_LINE_IDS.poisonControl,
    );
    await t.http
      .patch(`/api/resources/${poison.id}`)
      .set(bearer(mine))
      .send({ version: poison.version + 1, national: true })
      .expect(403);
  });

  it('refuses a bad national value with a 400 naming the field, and stores nothing', async () => {
    const samhsa = await entry(NATIONAL_LINE_IDS.samhsaHelpline);
    for (const national of ['yes', null, 1, 'true']) {
      const bad = await t.http
        .patch(`/api/resources/${samhsa.id}`)
        .set(bearer(admin))
        .send({ version: samhsa.version, national, name: 'Changed' })
        .expect(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field))
        .withContext(String(national))
        .toEqual(['national']);
    }
    const created = await t.http
      .post('/api/resources')
      .set(bearer(admin))
      .send({ name: 'Bad Flag', type: 'other', national: 'no' })
      .expect(400);
    expect(created.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'national',
    ]);
    const query = await t.http
      .get('/api/resources?national=maybe')
      .set(bearer(mine))
      .expect(400);
    expect(query.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'national',
    ]);

    expect(await entry(samhsa.id)).toEqual(samhsa);
    expect(
      (
        await t.http
          .get('/api/resources?q=bad%20flag&includeInactive=true')
          .set(bearer(admin))
          .expect(200)
      ).body.total,
    ).toBe(0);
  });

  it('takes the US short dialling codes as phones, and no other short number', async () => {
    const lifeline = await entry(NATIONAL_LINE_IDS.suicideCrisisLifeline);
    const spaced = await t.http
      .patch(`/api/resources/${lifeline.id}`)
      .set(bearer(admin))
      .send({ version: lifeline.version, phone: ' 988 ' })
      .expect(200);
    expect(spaced.body.phone).toBe('988');
    for (const phone of ['987', '+988', '9880']) {
      const bad = await t.http
        .post('/api/resources')
        .set(bearer(admin))
        .send({ name: 'Short', type: 'other', phone })
        .expect(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field))
        .withContext(phone)
        .toEqual(['phone']);
    }
  });
});
