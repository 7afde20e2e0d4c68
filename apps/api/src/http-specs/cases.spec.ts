import type { CaseRecord, CaseSummary, Page } from '@casebook/shared/contracts';
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

describe('cases over HTTP', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await signIn(t, counselor.username, counselor.password);
  });

  afterAll(async () => {
    await t.close();
  });

  async function create(body: object, expected = 201) {
    return t.http
      .post('/api/cases')
      .set(bearer(token))
      .send(body)
      .expect(expected);
  }

  async function search(query: string): Promise<Page<CaseSummary>> {
    return (
      await t.http.get(`/api/cases${query}`).set(bearer(token)).expect(200)
    ).body;
  }

  it('creates a case with a human number and an E.164 phone', async () => {
    const response = await create({
      alias: '  Robin T. ',
      phone: '(415) 555-0134',
      primarySubstance: 'fentanyl',
      alert: 'Prefers Spanish',
    });
    const created = response.body as CaseRecord;
    expect(created.caseNumber).toMatch(/^C-\d{4,}$/);
    expect(created).toEqual(
      jasmine.objectContaining({
        alias: 'Robin T.',
        phone: '+14155550134',
        status: 'open',
        alert: 'Prefers Spanish',
        version: 1,
      }),
    );
    const read = await t.http
      .get(`/api/cases/${created.id}`)
      .set(bearer(token))
      .expect(200);
    expect(read.body).toEqual(created);
  });

  it('finds every case sharing a family phone, in any format, and by partial digits', async () => {
    await create({ alias: 'Family A', phone: '+1 212 555 0199' });
    await create({ alias: 'Family B', phone: '212.555.0199' });
    const exact = await search('?phone=2125550199');
    expect(exact.items.map((c) => c.alias).sort()).toEqual([
      'Family A',
      'Family B',
    ]);
    const partial = await search('?phone=555-019');
    expect(partial.items.map((c) => c.alias)).toEqual(
      jasmine.arrayContaining(['Family A', 'Family B']),
    );
  });

  it('finds by part of an alias in any case, and by case number', async () => {
    const created = (await create({ alias: 'Jordan_Lee%' })).body as CaseRecord;
    expect((await search('?q=jordan_')).items.map((c) => c.id)).toContain(
      created.id,
    );
    expect(
      (await search('?q=' + encodeURIComponent('%'))).items.every((c) =>
        c.alias.includes('%'),
      ),
    ).toBeTrue();
    const byNumber = await search(
      `?q=${created.caseNumber.replace('C-', 'c')}`,
    );
    expect(byNumber.items.map((c) => c.id)).toEqual([created.id]);
  });

  it('filters by status and pages', async () => {
    const closed = (await create({ alias: 'Closed One' })).body as CaseRecord;
    await t.http
      .patch(`/api/cases/${closed.id}`)
      .set(bearer(token))
      .send({ version: 1, status: 'closed' })
      .expect(200);
    const page = await search('?status=closed&q=closed%20one&pageSize=1');
    expect(page.items.map((c) => c.id)).toEqual([closed.id]);
    expect(page.pageSize).toBe(1);
  });

  it('answers a stale update with 409 carrying the case as it stands, and stores nothing', async () => {
    const created = (await create({ alias: 'Versioned' })).body as CaseRecord;
    const first = await t.http
      .patch(`/api/cases/${created.id}`)
      .set(bearer(token))
      .send({ version: 1, alert: 'Ask for Sam' })
      .expect(200);
    expect(first.body.version).toBe(2);
    const stale = await t.http
      .patch(`/api/cases/${created.id}`)
      .set(bearer(token))
      .send({ version: 1, alias: 'Overwritten' })
      .expect(409);
    expect(stale.body.message).toContain('Someone else changed this case');
    expect(stale.body.current).toEqual(
      jasmine.objectContaining({
        alias: 'Versioned',
        alert: 'Ask for Sam',
        version: 2,
      }),
    );
    const read = await t.http
      .get(`/api/cases/${created.id}`)
      .set(bearer(token))
      .expect(200);
    expect(read.body.alias).toBe('Versioned');
  });

  it('clears optional fields with null', async () => {
    const created = (
      await create({ alias: 'Clearable', phone: '4155550100', alert: 'x' })
    ).body as CaseRecord;
    const updated = await t.http
      .patch(`/api/cases/${created.id}`)
      .set(bearer(token))
      .send({ version: 1, phone: null, alert: null })
      .expect(200);
    expect(updated.body).toEqual(
      jasmine.objectContaining({ phone: null, alert: null }),
    );
  });

  const badCreates: [string, object, string][] = [
    ['a missing alias', {}, 'alias'],
    ['an empty alias', { alias: '   ' }, 'alias'],
    ['a phone that is not one', { alias: 'A', phone: '12' }, 'phone'],
    [
      'an unknown substance',
      { alias: 'A', primarySubstance: 'coffee' },
      'primarySubstance',
    ],
    [
      'a last use without a zone',
      { alias: 'A', lastUseAt: '2026-03-01 10:00' },
      'lastUseAt',
    ],
    [
      'a last use in the future',
      { alias: 'A', lastUseAt: '2099-01-01T00:00:00Z' },
      'lastUseAt',
    ],
    ['an unknown field', { alias: 'A', ssn: '123' }, 'ssn'],
    ['a wrong type', { alias: 42 }, 'alias'],
  ];
  for (const [what, body, field] of badCreates) {
    it(`refuses ${what} with 400 naming ${field}, and stores nothing`, async () => {
      const before = (await search('?pageSize=1')).total;
      const response = await create(body, 400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toContain(field);
      expect((await search('?pageSize=1')).total).toBe(before);
    });
  }

  it('answers 404 for an unknown case and a malformed id', async () => {
    await t.http
      .get('/api/cases/6c1f9a3e-0000-4000-8000-000000000000')
      .set(bearer(token))
      .expect(404);
    await t.http.get('/api/cases/../users').set(bearer(token)).expect(404);
  });

  it('admits supervisors and refuses admins', async () => {
    const sup = await signIn(t, supervisor.username, supervisor.password);
    await t.http.get('/api/cases').set(bearer(sup)).expect(200);
    const admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    await t.http.get('/api/cases').set(bearer(admin)).expect(403);
  });

  it('audits reads and searches without the words searched for', async () => {
    const created = (await create({ alias: 'Audited Person' }))
      .body as CaseRecord;
    await t.http.get(`/api/cases/${created.id}`).set(bearer(token)).expect(200);
    await search('?q=Audited');
    const sup = await signIn(t, supervisor.username, supervisor.password);
    const audit = await t.http
      .get(`/api/audit?caseId=${created.id}`)
      .set(bearer(sup))
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'case.read',
      'case.create',
    ]);
    const searches = await t.http
      .get('/api/audit?action=case.search')
      .set(bearer(sup))
      .expect(200);
    expect(JSON.stringify(searches.body)).not.toContain('Audited');
  });
});
