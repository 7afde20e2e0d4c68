import { randomUUID } from 'node:crypto';
import type {
  CallRecord,
  CaseRecord,
  Page,
  CallSummary,
  SymptomHistory,
} from '@casebook/shared/contracts';
import { SOWS_ITEM_IDS } from '@casebook/shared/domain';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');

/** SOWS answers giving each item `score`, or only the first `count` items. */
function sows(
  score: number,
  count = SOWS_ITEM_IDS.length,
): Record<string, number> {
  return Object.fromEntries(
    SOWS_ITEM_IDS.slice(0, count).map((id) => [id, score]),
  );
}

describe('calls over HTTP', () => {
  let t: TestApp;
  let token: string;
  let caseRecord: CaseRecord;

  beforeAll(async () => {
    t = await startTestApp();
    token = await signIn(t, counselor.username, counselor.password);
    caseRecord = (
      await t.http
        .post('/api/cases')
        .set(bearer(token))
        .send({
          alias: 'Taylor',
          lastUseAt: '2026-03-01T09:00:00Z',
          primarySubstance: 'heroin',
        })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await t.close();
  });

  const started = () =>
    new Date(t.clock.now().getTime() - 5 * 60_000).toISOString();

  async function draft(body: object = {}): Promise<CallRecord> {
    const response = await t.http
      .post('/api/calls')
      .set(bearer(token))
      .send({ direction: 'inbound', startedAt: started(), ...body })
      .expect(201);
    return response.body;
  }

  async function countCalls(): Promise<number> {
    const page: Page<CallSummary> = (
      await t.http.get('/api/calls?pageSize=1').set(bearer(token)).expect(200)
    ).body;
    return page.total;
  }

  it("scores SOWS on the server: total, band, and hours since the case's last use", async () => {
    const call = await draft({
      caseId: caseRecord.id,
      assessments: [{ instrument: 'sows', answers: sows(1) }],
    });
    expect(call.status).toBe('draft');
    expect(call.assessments[0]).toEqual(
      jasmine.objectContaining({
        instrument: 'sows',
        status: 'complete',
        total: 16,
        severity: 'moderate',
        answered: 16,
        of: 16,
      }),
    );
    const recorded = Date.parse(call.assessments[0].recordedAt);
    expect(call.assessments[0].hoursSinceLastUse).toBe(
      (recorded - Date.parse('2026-03-01T09:00:00Z')) / 3_600_000,
    );
    expect(call.assessments[0].hoursSinceLastUse).toBeGreaterThanOrEqual(24);
    expect(call.caseNumber).toBe(caseRecord.caseNumber);
    expect(call.counselorName).toBe(counselor.displayName);
  });

  it('saves a partly answered instrument as partial, with no total and no band', async () => {
    const call = await draft({
      assessments: [
        {
          instrument: 'sows',
          answers: { ...sows(4, 5), [SOWS_ITEM_IDS[5]]: null },
        },
      ],
    });
    expect(call.assessments[0]).toEqual(
      jasmine.objectContaining({
        status: 'partial',
        answered: 5,
        of: 16,
        total: null,
        severity: null,
      }),
    );
  });

  it('treats a repeated create with the same client id as the same draft', async () => {
    const id = randomUUID();
    const first = await t.http
      .post('/api/calls')
      .set(bearer(token))
      .send({ id, direction: 'inbound', startedAt: started() })
      .expect(201);
    const again = await t.http
      .post('/api/calls')
      .set(bearer(token))
      .send({
        id,
        direction: 'inbound',
        startedAt: started(),
        notes: 'retried',
      })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await signIn(t, supervisor.username, supervisor.password);
    await t.http
      .post('/api/calls')
      .set(bearer(other))
      .send({ id, direction: 'inbound', startedAt: started() })
      .expect(409);
  });

  it('autosaves a draft: sent fields replace, others stay, assessments keep when they were recorded', async () => {
    const call = await draft({
      notes: 'first words',
      assessments: [{ instrument: 'sows', answers: sows(0, 3) }],
    });
    t.clock.advanceMinutes(2);
    const saved = await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({
        assessments: [{ instrument: 'sows', answers: sows(2) }],
        outcome: 'support-given',
      })
      .expect(200);
    const body = saved.body as CallRecord;
    expect(body.notes).toBe('first words');
    expect(body.outcome).toBe('support-given');
    expect(body.assessments[0]).toEqual(
      jasmine.objectContaining({
        id: call.assessments[0].id,
        total: 32,
        severity: 'severe',
      }),
    );
    expect(body.assessments[0].recordedAt).toBe(call.assessments[0].recordedAt);
    expect(body.version).toBe(call.version + 1);
  });

  it('finalizes a call: read-only after, its case learns the severity, and the chart gets the point', async () => {
    const call = await draft({
      caseId: caseRecord.id,
      assessments: [{ instrument: 'sows', answers: sows(3) }],
      notes: 'hard night',
    });
    const final = await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    expect(final.body.status).toBe('final');
    expect(final.body.endedAt).not.toBeNull();
    const refused = await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({ notes: 'changed' })
      .expect(409);
    expect(refused.body.message).toContain('add an addendum');
    await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(token))
      .expect(409);

    const kase = await t.http
      .get(`/api/cases/${caseRecord.id}`)
      .set(bearer(token))
      .expect(200);
    expect(kase.body.latestSeverity).toEqual(
      jasmine.objectContaining({
        instrument: 'sows',
        total: 48,
        severity: 'severe',
      }),
    );
    expect(kase.body.lastCallAt).toBe(call.startedAt);

    const history: SymptomHistory = (
      await t.http
        .get(`/api/cases/${caseRecord.id}/symptoms`)
        .set(bearer(token))
        .expect(200)
    ).body;
    const point = history.items.find((p) => p.callId === call.id);
    expect(point).toEqual(
      jasmine.objectContaining({
        instrument: 'sows',
        total: 48,
        severity: 'severe',
        status: 'complete',
      }),
    );
    // A draft is not history yet.
    const open = await draft({
      caseId: caseRecord.id,
      assessments: [{ instrument: 'sows', answers: sows(1) }],
    });
    const again: SymptomHistory = (
      await t.http
        .get(`/api/cases/${caseRecord.id}/symptoms`)
        .set(bearer(token))
        .expect(200)
    ).body;
    expect(again.items.map((p) => p.callId)).not.toContain(open.id);
    expect(again.items.map((p) => p.callId)).toContain(call.id);
  });

  it('amends a finalized call by a dated, signed addendum, and refuses one on a draft', async () => {
    const call = await draft();
    await t.http
      .post(`/api/calls/${call.id}/addenda`)
      .set(bearer(token))
      .send({ text: 'too early' })
      .expect(409);
    await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    const sup = await signIn(t, supervisor.username, supervisor.password);
    const amended = await t.http
      .post(`/api/calls/${call.id}/addenda`)
      .set(bearer(sup))
      .send({ text: '  Caller rang back: safe.  ' })
      .expect(201);
    expect(amended.body.addenda).toEqual([
      jasmine.objectContaining({
        text: 'Caller rang back: safe.',
        authorName: supervisor.displayName,
        createdAt: jasmine.any(String),
      }),
    ]);
  });

  it('lets only the counselor who took the call change its draft', async () => {
    const call = await draft();
    const sup = await signIn(t, supervisor.username, supervisor.password);
    await t.http.get(`/api/calls/${call.id}`).set(bearer(sup)).expect(200);
    await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(sup))
      .send({ notes: 'not mine' })
      .expect(403);
  });

  it('lists my drafts, newest first', async () => {
    const me = (await t.http.get('/api/auth/me').set(bearer(token)).expect(200))
      .body;
    t.clock.advanceMinutes(1);
    const newest = await draft({ notes: 'newest' });
    const page: Page<CallSummary> = (
      await t.http
        .get(`/api/calls?status=draft&counselorId=${me.id}`)
        .set(bearer(token))
        .expect(200)
    ).body;
    expect(page.items[0].id).toBe(newest.id);
    expect(
      page.items.every((c) => c.status === 'draft' && c.counselorId === me.id),
    ).toBeTrue();
  });

  it('assesses the risk screen on the server and records an emergency disclosure', async () => {
    const me = (await t.http.get('/api/auth/me').set(bearer(token)).expect(200))
      .body;
    const call = await draft({
      risk: {
        answers: { q1: true, q2: true, q3: true, q4: true },
        emergencyDisclosure: {
          disclosedByUserId: me.id,
          recipientName: 'Dispatcher 42',
          recipientAffiliation: '911 County Emergency Communications',
          disclosedAt: t.clock.now().toISOString(),
          natureOfEmergency: 'Caller has intent to act tonight',
        },
      },
    });
    expect(call.risk).toEqual(
      jasmine.objectContaining({
        level: 'high',
        imminentRisk: true,
        complete: false,
      }),
    );
    expect(call.risk?.emergencyDisclosure?.recipientName).toBe('Dispatcher 42');
  });

  const badCalls: [string, object | string, string][] = [
    [
      'an out-of-range score',
      {
        assessments: [
          { instrument: 'sows', answers: { [SOWS_ITEM_IDS[0]]: 5 } },
        ],
      },
      `assessments.0.answers.${SOWS_ITEM_IDS[0]}`,
    ],
    [
      'an unknown item',
      { assessments: [{ instrument: 'sows', answers: { hunger: 2 } }] },
      'assessments.0.answers.hunger',
    ],
    [
      'a total sent by the client',
      { assessments: [{ instrument: 'sows', answers: { total: 64 } }] },
      'assessments.0.answers.total',
    ],
    [
      'an unknown instrument',
      { assessments: [{ instrument: 'ciwa', answers: {} }] },
      'assessments.0.instrument',
    ],
    ['an unknown field', { mood: 'calm' }, 'mood'],
    ['a bad date', { startedAt: 'yesterday at noon' }, 'startedAt'],
    ['an end before the start', { endedAt: '2000-01-01T00:00:00Z' }, 'endedAt'],
    ['a wrong type', { notes: 12 }, 'notes'],
    [
      'an unknown case',
      { caseId: '6c1f9a3e-0000-4000-8000-000000000000' },
      'caseId',
    ],
    [
      'an answer to a skipped question',
      { risk: { answers: { q1: false, q2: false, q3: true, q6: false } } },
      'risk.answers.q3',
    ],
    [
      'an unknown symptom',
      { symptoms: { symptomIds: ['hunger'] } },
      'symptoms.symptomIds',
    ],
    [
      'a disclosure without a recipient',
      {
        risk: {
          answers: { q1: true },
          emergencyDisclosure: { natureOfEmergency: 'x' },
        },
      },
      'risk.emergencyDisclosure.recipientName',
    ],
  ];
  for (const [what, body, field] of badCalls) {
    it(`refuses ${what} with 400 naming ${field}, and stores nothing`, async () => {
      const before = await countCalls();
      const response = await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({
          direction: 'inbound',
          startedAt: started(),
          ...(body as object),
        })
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toContain(field);
      expect(await countCalls()).toBe(before);
    });
  }

  it('refuses a bad autosave and keeps the draft as it was', async () => {
    const call = await draft({ notes: 'keep me' });
    await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({
        notes: 'lost?',
        assessments: [{ instrument: 'cows', answers: { pulse: 3 } }],
      })
      .expect(400);
    const read = await t.http
      .get(`/api/calls/${call.id}`)
      .set(bearer(token))
      .expect(200);
    expect(read.body.notes).toBe('keep me');
  });

  it('refuses malformed JSON and an over-limit body, storing nothing', async () => {
    const before = await countCalls();
    await t.http
      .post('/api/calls')
      .set(bearer(token))
      .set('Content-Type', 'application/json')
      .send('{"direction":')
      .expect(400);
    await t.http
      .post('/api/calls')
      .set(bearer(token))
      .send({
        direction: 'inbound',
        startedAt: started(),
        notes: 'x'.repeat(1_100_000),
      })
      .expect(413);
    expect(await countCalls()).toBe(before);
  });

  it('publishes the instrument definitions', async () => {
    const response = await t.http
      .get('/api/instruments')
      .set(bearer(token))
      .expect(200);
    expect(response.body.map((i: { id: string }) => i.id)).toEqual([
      'sows',
      'cows',
    ]);
    expect(response.body[0].items.length).toBe(16);
  });

  it('audits call reads and writes with the case they belong to', async () => {
    const call = await draft({ caseId: caseRecord.id });
    await t.http.get(`/api/calls/${call.id}`).set(bearer(token)).expect(200);
    const sup = await signIn(t, supervisor.username, supervisor.password);
    const audit = await t.http
      .get(`/api/audit?caseId=${caseRecord.id}&action=call.read`)
      .set(bearer(sup))
      .expect(200);
    expect(audit.body.items[0]).toEqual(
      jasmine.objectContaining({ entityId: call.id, action: 'call.read' }),
    );
  });
});
