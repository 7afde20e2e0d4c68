import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  Callback,
  CallRecord,
  CaseRecord,
  ReferralResource,
  SessionUser,
  UserAccount,
} from '@casebook/shared/contracts';
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

/** Issue 16's defects, each reproduced over HTTP: a client's mistake is a 4xx naming the field, and nothing changes. */
describe('hardening of writes', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let mine: string;
  let sup: string;
  let me: SessionUser;
  let kase: CaseRecord;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signIn(t, TEST_ADMIN.username, TEST_ADMIN.password);
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
    me = (await t.http.get('/api/auth/me').set(bearer(mine)).expect(200)).body;
    kase = (
      await t.http
        .post('/api/cases')
        .set(bearer(mine))
        .send({ alias: 'Harden' })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await t.close();
  });

  const minutesAgo = (minutes: number) =>
    new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();
  const count = async (table: string) =>
    Number((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  async function draft(body: object = {}, token = mine): Promise<CallRecord> {
    return (
      await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({ direction: 'inbound', startedAt: minutesAgo(5), ...body })
        .expect(201)
    ).body;
  }

  async function callback(): Promise<Callback> {
    return (
      await t.http
        .post('/api/callbacks')
        .set(bearer(mine))
        .send({ caseId: kase.id, reason: 'Check in', dueAt: minutesAgo(-60) })
        .expect(201)
    ).body;
  }

  /** Sends a bad write, expects 400 naming `field`, and checks the record read before and after is the same. */
  async function refused(
    send: () => Promise<{
      status: number;
      body: { fields?: { field: string }[] };
    }>,
    field: string,
  ) {
    const response = await send();
    expect(response.status)
      .withContext(JSON.stringify(response.body))
      .toBe(400);
    expect((response.body.fields ?? []).map((f) => f.field)).toContain(field);
  }

  describe('null in a field that may be left out but not emptied', () => {
    it('is a 400 naming the field, for accounts, cases, calls, directory entries and call-backs', async () => {
      const user: UserAccount = (
        await t.http
          .post('/api/users')
          .set(bearer(admin))
          .send({
            username: `n${Date.now()}`,
            displayName: 'Null Test',
            role: 'counselor',
            password: 'a long password 1',
          })
          .expect(201)
      ).body;
      for (const field of ['role', 'displayName', 'password', 'active']) {
        await refused(
          () =>
            t.http
              .patch(`/api/users/${user.id}`)
              .set(bearer(admin))
              .send({ [field]: null }),
          field,
        );
      }
      for (const field of ['alias', 'status']) {
        await refused(
          () =>
            t.http
              .patch(`/api/cases/${kase.id}`)
              .set(bearer(mine))
              .send({ version: kase.version, [field]: null }),
          field,
        );
      }
      const call = await draft();
      await refused(
        () =>
          t.http
            .patch(`/api/calls/${call.id}`)
            .set(bearer(mine))
            .send({ direction: null }),
        'direction',
      );
      const resource: ReferralResource = (
        await t.http
          .post('/api/resources')
          .set(bearer(admin))
          .send({ name: 'Null Detox', type: 'detox' })
          .expect(201)
      ).body;
      for (const field of ['type', 'name', 'national', 'active']) {
        await refused(
          () =>
            t.http
              .patch(`/api/resources/${resource.id}`)
              .set(bearer(admin))
              .send({ version: 1, [field]: null }),
          field,
        );
      }
      const due = await callback();
      for (const field of ['reason', 'status', 'dueAt']) {
        await refused(
          () =>
            t.http
              .patch(`/api/callbacks/${due.id}`)
              .set(bearer(mine))
              .send({ version: due.version, [field]: null }),
          field,
        );
      }
      const after: Callback = (
        await t.http
          .get('/api/callbacks?queue=team')
          .set(bearer(mine))
          .expect(200)
      ).body.items.find((c: Callback) => c.id === due.id);
      expect(after.version).toBe(due.version);
      expect(after.dueAt).toBe(due.dueAt);
    });
  });

  describe('half-writes', () => {
    it('refuses an attempt sent as a list, and the call-back stays open at its version with no audit row', async () => {
      const due = await callback();
      const auditBefore = await count('audit_events');
      await refused(
        () =>
          t.http
            .patch(`/api/callbacks/${due.id}`)
            .set(bearer(mine))
            .send({ version: due.version, status: 'cancelled', attempt: [] }),
        'attempt',
      );
      const [row] = await db.query(
        `SELECT status, version FROM callbacks WHERE id = '${due.id}'`,
      );
      expect(row.status).toBe('open');
      expect(Number(row.version)).toBe(due.version);
      expect(await count('audit_events')).toBe(auditBefore);
    });

    it('rolls the change back when its audit row cannot be written: the two commit together or not at all', async () => {
      const due = await callback();
      await failAuditOf('callback.update');
      try {
        const response = await t.http
          .patch(`/api/callbacks/${due.id}`)
          .set(bearer(mine))
          .send({
            version: due.version,
            status: 'cancelled',
            attempt: { result: 'no-answer' },
          })
          .expect(500);
        expect(response.body.message).toBe(
          'Something went wrong on our side. Nothing was saved.',
        );
      } finally {
        await restoreAudit();
      }
      const [row] = await db.query(
        `SELECT status, version FROM callbacks WHERE id = '${due.id}'`,
      );
      expect(row.status).toBe('open');
      expect(Number(row.version)).toBe(due.version);
      expect(
        Number(
          (
            await db.query(
              `SELECT COUNT(*) AS n FROM callback_attempts WHERE callback_id = '${due.id}'`,
            )
          )[0].n,
        ),
      ).toBe(0);
    });
  });

  /** A trigger that makes writing one audit action fail, on either database. */
  async function failAuditOf(action: string): Promise<void> {
    if (db.options.type === 'postgres') {
      await db.query(`CREATE FUNCTION spec_fail_audit() RETURNS trigger AS $$
        BEGIN IF NEW.action = '${action}' THEN RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`);
      await db.query(
        `CREATE TRIGGER spec_fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION spec_fail_audit()`,
      );
    } else {
      await db.query(`CREATE TRIGGER spec_fail_audit BEFORE INSERT ON audit_events
        WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END`);
    }
  }

  async function restoreAudit(): Promise<void> {
    await db.query(
      'DROP TRIGGER spec_fail_audit' +
        (db.options.type === 'postgres' ? ' ON audit_events' : ''),
    );
    if (db.options.type === 'postgres')
      await db.query('DROP FUNCTION spec_fail_audit()');
  }

  it('refuses a deeply nested body with 400, also at sign-in without a token', async () => {
    const nested = (levels: number) =>
      '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    const login = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"username":${nested(1000)},"password":"whatever password"}`)
      .expect(400);
    expect(login.body.message).toContain('nested more than 32 levels');
    expect(login.body.fields[0].field).toMatch(/^username(\.a)+$/);
    const calls = await count('calls');
    for (const levels of [40, 5000, 20000]) {
      await t.http
        .post('/api/calls')
        .set(bearer(mine))
        .set('Content-Type', 'application/json')
        .send(
          `{"direction":"inbound","startedAt":"${minutesAgo(1)}","notes":${nested(levels)}}`,
        )
        .expect(400);
      await t.http
        .post('/api/calls')
        .set(bearer(mine))
        .set('Content-Type', 'application/json')
        .send(
          `{"direction":"inbound","startedAt":"${minutesAgo(1)}","notes":${'['.repeat(levels)}${']'.repeat(levels)}}`,
        )
        .expect(400);
    }
    expect(await count('calls')).toBe(calls);
  });

  describe('implausible times and text', () => {
    const badTimes: [string, object, string][] = [
      [
        'a start in the year 0000',
        { startedAt: '0000-01-01T00:00:00Z' },
        'startedAt',
      ],
      ['a start in 1999', { startedAt: '1999-12-31T23:59:59Z' }, 'startedAt'],
      [
        'a date that does not exist',
        { startedAt: '2026-02-30T09:00:00Z' },
        'startedAt',
      ],
      ['an end in the future', { endedAt: '2026-03-03T09:00:00Z' }, 'endedAt'],
      [
        'a call of more than a day',
        { startedAt: '2026-02-27T09:00:00Z', endedAt: '2026-03-01T09:00:00Z' },
        'endedAt',
      ],
      [
        'last use in the year 0001',
        { lastUseAt: '0001-01-01T00:00:00Z' },
        'lastUseAt',
      ],
      [
        'a note with a lone surrogate',
        { notes: 'broken \ud800 text' },
        'notes',
      ],
      ['a note with a NUL character', { notes: 'broken \u0000 text' }, 'notes'],
    ];
    for (const [what, body, field] of badTimes) {
      it(`refuses ${what} with 400 naming ${field}`, async () => {
        const before = await count('calls');
        await refused(
          () =>
            t.http
              .post('/api/calls')
              .set(bearer(mine))
              .send({
                direction: 'inbound',
                startedAt: minutesAgo(5),
                ...body,
              }),
          field,
        );
        expect(await count('calls')).toBe(before);
      });
    }

    it('refuses a call-back due more than a year ahead', async () => {
      await refused(
        () =>
          t.http.post('/api/callbacks').set(bearer(mine)).send({
            caseId: kase.id,
            reason: 'Later',
            dueAt: '2028-03-02T09:00:00Z',
          }),
        'dueAt',
      );
    });

    it('will not finalize a draft begun more than a day ago with "now" as its end', async () => {
      const old = await draft({ startedAt: minutesAgo(60 * 25) });
      await refused(
        () =>
          t.http
            .post(`/api/calls/${old.id}/finalize`)
            .set(bearer(mine))
            .send({}),
        'endedAt',
      );
      await t.http
        .patch(`/api/calls/${old.id}`)
        .set(bearer(mine))
        .send({ endedAt: minutesAgo(60 * 24) })
        .expect(200);
      const final = (
        await t.http
          .post(`/api/calls/${old.id}/finalize`)
          .set(bearer(mine))
          .expect(200)
      ).body as CallRecord;
      expect(final.status).toBe('final');
    });
  });

  describe('emergency disclosures (§2.51(c))', () => {
    const disclosure = (over: object) => ({
      risk: {
        answers: { q1: true, q2: true, q3: true, q4: true },
        emergencyDisclosure: {
          disclosedByUserId: me.id,
          recipientName: 'Dispatcher 42',
          recipientAffiliation: '911 County Emergency Communications',
          disclosedAt: minutesAgo(1),
          natureOfEmergency: 'Caller has intent to act tonight',
          ...over,
        },
      },
    });

    it('refuses a discloser who is nobody, or an admin', async () => {
      const field = 'risk.emergencyDisclosure.disclosedByUserId';
      await refused(
        () =>
          t.http
            .post('/api/calls')
            .set(bearer(mine))
            .send({
              direction: 'inbound',
              startedAt: minutesAgo(5),
              ...disclosure({ disclosedByUserId: randomUUID() }),
            }),
        field,
      );
      const adminId = (
        await t.http.get('/api/auth/me').set(bearer(admin)).expect(200)
      ).body.id;
      await refused(
        () =>
          t.http
            .post('/api/calls')
            .set(bearer(mine))
            .send({
              direction: 'inbound',
              startedAt: minutesAgo(5),
              ...disclosure({ disclosedByUserId: adminId }),
            }),
        field,
      );
    });

    it('refuses a disclosure dated before the call began', async () => {
      await refused(
        () =>
          t.http
            .post('/api/calls')
            .set(bearer(mine))
            .send({
              direction: 'inbound',
              startedAt: minutesAgo(5),
              ...disclosure({ disclosedAt: '2020-01-01T00:00:00Z' }),
            }),
        'risk.emergencyDisclosure.disclosedAt',
      );
    });
  });

  describe('minimum necessary', () => {
    it("keeps a counselor out of another counselor's drafts, and lets a supervisor read them", async () => {
      const supDraft = await draft({ notes: 'supervisor private draft' }, sup);
      const listed = (
        await t.http
          .get('/api/calls?status=draft&pageSize=200')
          .set(bearer(mine))
          .expect(200)
      ).body;
      expect(
        listed.items.every((c: CallRecord) => c.counselorId === me.id),
      ).toBeTrue();
      const refusedRead = await t.http
        .get(`/api/calls/${supDraft.id}`)
        .set(bearer(mine))
        .expect(403);
      expect(JSON.stringify(refusedRead.body)).not.toContain(
        'supervisor private draft',
      );
      await t.http
        .get(`/api/calls/${(await draft()).id}`)
        .set(bearer(sup))
        .expect(200);
      const all = (
        await t.http
          .get('/api/calls?status=draft&pageSize=200')
          .set(bearer(sup))
          .expect(200)
      ).body;
      expect(
        all.items.some((c: CallRecord) => c.id === supDraft.id),
      ).toBeTrue();
    });

    it('gives admins aggregates only: no per-call drill-down and no CSV', async () => {
      const range = 'from=2026-03-01&to=2026-03-02&tz=UTC';
      await t.http
        .get(`/api/reports/summary?${range}`)
        .set(bearer(admin))
        .expect(200);
      await t.http
        .get(`/api/reports/calls?${range}&outcome=referred`)
        .set(bearer(admin))
        .expect(403);
      await t.http
        .get(`/api/reports/calls.csv?${range}`)
        .set(bearer(admin))
        .expect(403);
      await t.http
        .get(`/api/reports/calls?${range}&outcome=referred`)
        .set(bearer(sup))
        .expect(200);
    });

    it('leaves an audit row for every refusal, naming who and the route, never the query', async () => {
      const supDraft = await draft({}, sup);
      await t.http
        .get(`/api/calls/${supDraft.id}`)
        .set(bearer(mine))
        .expect(403);
      await t.http
        .get('/api/reports/calls.csv?from=2026-03-01&to=2026-03-02&tz=UTC')
        .set(bearer(admin))
        .expect(403);
      const trail = (
        await t.http
          .get('/api/audit?action=access.denied&pageSize=10')
          .set(bearer(sup))
          .expect(200)
      ).body;
      const [csv, read] = trail.items;
      expect(csv.username).toBe(TEST_ADMIN.username);
      expect(csv.details).toEqual({
        method: 'GET',
        route: '/api/reports/calls.csv',
      });
      expect(read.username).toBe(counselor.username);
      expect(read.entityId).toBe(supDraft.id);
      expect(read.details).toEqual({ method: 'GET', route: '/api/calls/:id' });
    });
  });

  it('refuses a page number too large to be an offset (1e308 is a whole number)', async () => {
    const response = await t.http
      .get('/api/callbacks?queue=mine&page=1e308')
      .set(bearer(mine))
      .expect(400);
    expect(response.body.fields).toEqual([
      { field: 'page', message: 'page must be at most 1000000' },
    ]);
  });

  it('refuses a NUL character in a search, naming the parameter', async () => {
    const response = await t.http
      .get('/api/cases?q=a%00b')
      .set(bearer(mine))
      .expect(400);
    expect(response.body.fields).toEqual([
      { field: 'q', message: 'q contains a NUL character' },
    ]);
  });

  describe('smaller', () => {
    it('marks every API answer no-store, so no shared workstation keeps a record on disk', async () => {
      const response = await t.http
        .get(`/api/cases/${kase.id}`)
        .set(bearer(mine))
        .expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(
        (await t.http.get('/api/health').expect(200)).headers['cache-control'],
      ).toBe('no-store');
    });

    it('reads the Bearer scheme in any case', async () => {
      await t.http
        .get('/api/auth/me')
        .set('Authorization', `bearer ${mine}`)
        .expect(200);
      await t.http
        .get('/api/auth/me')
        .set('Authorization', `BEARER ${mine}`)
        .expect(200);
    });

    it('refuses unknown fields on finalize like on every other write, and finalizes nothing', async () => {
      const call = await draft();
      const response = await t.http
        .post(`/api/calls/${call.id}/finalize`)
        .set(bearer(mine))
        .send({ status: 'final' })
        .expect(400);
      expect(response.body.fields).toEqual([
        { field: 'status', message: 'status is not an accepted field' },
      ]);
      expect(
        (
          await t.http
            .get(`/api/calls/${call.id}`)
            .set(bearer(mine))
            .expect(200)
        ).body.status,
      ).toBe('draft');
    });

    it('commits SQLite writes with synchronous=FULL on its connection', async () => {
      if (db.options.type !== 'better-sqlite3') return pending('SQLite only');
      const [row] = await db.query('PRAGMA synchronous');
      expect(row.synchronous).toBe(2);
    });
  });
});

describe('OpenAPI document in production', () => {
  it('is not served unless API_DOCS=1', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', DEMO_DATA: '0' });
    try {
      await t.http.get('/api/docs-json').expect(404);
    } finally {
      await t.close();
    }
  });
});
