import type {
  CallRecord,
  CallSummary,
  CaseRecord,
  OverdoseStepRecord,
  Page,
} from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');

/** Issue 9: substances and co-use on the call and the case, danger signs, the overdose steps. */
describe('substances and overdose steps over HTTP', () => {
  let t: TestApp;
  let token: string;
  let kase: CaseRecord;

  beforeAll(async () => {
    t = await startTestApp();
    token = await signIn(t, counselor.username, counselor.password);
    kase = (
      await t.http
        .post('/api/cases')
        .set(bearer(token))
        .send({ alias: 'Jordan', primarySubstance: 'heroin' })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await t.close();
  });

  const minutesAgo = (minutes: number) =>
    new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();

  async function draft(body: object = {}): Promise<CallRecord> {
    return (
      await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({ direction: 'inbound', startedAt: minutesAgo(10), ...body })
        .expect(201)
    ).body;
  }

  async function countCalls(): Promise<number> {
    return (
      (await t.http.get('/api/calls?pageSize=1').set(bearer(token)).expect(200))
        .body as Page<CallSummary>
    ).total;
  }

  it('records the substances named on a call, and the case takes them at finalize with the pregnancy', async () => {
    const call = await draft({
      caseId: kase.id,
      substance: 'fentanyl',
      coUsedSubstances: ['benzodiazepines', 'xylazine'],
      pregnant: true,
      withdrawalDangerSigns: ['severe-tremor'],
      naloxoneNotDiscussedReason: '  Has two kits at home ',
    });
    expect(call).toEqual(
      jasmine.objectContaining({
        substance: 'fentanyl',
        coUsedSubstances: ['benzodiazepines', 'xylazine'],
        pregnant: true,
        withdrawalDangerSigns: ['severe-tremor'],
        naloxoneNotDiscussedReason: 'Has two kits at home',
      }),
    );
    await t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    const after: CaseRecord = (
      await t.http.get(`/api/cases/${kase.id}`).set(bearer(token)).expect(200)
    ).body;
    expect(after).toEqual(
      jasmine.objectContaining({
        primarySubstance: 'fentanyl',
        coUsedSubstances: ['benzodiazepines', 'xylazine'],
        pregnant: true,
      }),
    );
  });

  it("marks a pregnant caller's referrals priority, whatever the client sends, and clears it with the pregnancy", async () => {
    const call = await draft({
      pregnant: true,
      referrals: [
        { type: 'buprenorphine', note: 'COWS 12' },
        { type: 'detox', priority: false },
      ],
    });
    expect(call.referrals).toEqual([
      { type: 'buprenorphine', note: 'COWS 12', priority: true },
      { type: 'detox', priority: true },
    ]);
    const after: CallRecord = (
      await t.http
        .patch(`/api/calls/${call.id}`)
        .set(bearer(token))
        .send({ pregnant: false })
        .expect(200)
    ).body;
    expect(after.referrals).toEqual([
      { type: 'buprenorphine', note: 'COWS 12' },
      { type: 'detox' },
    ]);
    const claimed: CallRecord = (
      await t.http
        .patch(`/api/calls/${call.id}`)
        .set(bearer(token))
        .send({ referrals: [{ type: 'detox', priority: true }] })
        .expect(200)
    ).body;
    expect(claimed.referrals).toEqual([{ type: 'detox' }]);
  });

  it('does not let an older call overwrite the substance a newer one recorded on the case', async () => {
    const other: CaseRecord = (
      await t.http
        .post('/api/cases')
        .set(bearer(token))
        .send({ alias: 'Lee' })
        .expect(201)
    ).body;
    const newer = await draft({
      caseId: other.id,
      startedAt: minutesAgo(5),
      substance: 'alcohol',
    });
    const older = await draft({
      caseId: other.id,
      startedAt: minutesAgo(30),
      substance: 'heroin',
    });
    await t.http
      .post(`/api/calls/${newer.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    await t.http
      .post(`/api/calls/${older.id}/finalize`)
      .set(bearer(token))
      .expect(200);
    const after: CaseRecord = (
      await t.http.get(`/api/cases/${other.id}`).set(bearer(token)).expect(200)
    ).body;
    expect(after.primarySubstance).toBe('alcohol');
  });

  it('stores each overdose step with the time it was ticked, and adds steps by autosave', async () => {
    const opened = minutesAgo(4);
    const call = await draft({
      overdose: {
        openedAt: opened,
        steps: [{ step: 'call-911', doneAt: minutesAgo(3) }],
      },
    });
    expect(call.overdose).toEqual({
      openedAt: opened,
      steps: [{ step: 'call-911', doneAt: minutesAgo(3) }],
    });
    const steps: OverdoseStepRecord[] = [
      { step: 'call-911', doneAt: minutesAgo(3) },
      { step: 'give-naloxone', doneAt: minutesAgo(2) },
    ];
    const saved: CallRecord = (
      await t.http
        .patch(`/api/calls/${call.id}`)
        .set(bearer(token))
        .send({ overdose: { openedAt: opened, steps } })
        .expect(200)
    ).body;
    expect(saved.overdose?.steps).toEqual(steps);
    const read: CallRecord = (
      await t.http.get(`/api/calls/${call.id}`).set(bearer(token)).expect(200)
    ).body;
    expect(read.overdose?.steps.map((s) => s.step)).toEqual([
      'call-911',
      'give-naloxone',
    ]);
  });

  it('records an emergency disclosure for an overdose without a risk screen, and gives the call no risk level', async () => {
    const disclosure = {
      disclosedByUserId: (
        await t.http.get('/api/auth/me').set(bearer(token)).expect(200)
      ).body.id,
      recipientName: 'Dispatcher 7',
      recipientAffiliation: '911 County Emergency Communications',
      disclosedAt: minutesAgo(2),
      natureOfEmergency:
        'Caller reports her brother unresponsive and not breathing',
    };
    const call = await draft({
      overdose: {
        openedAt: minutesAgo(4),
        steps: [{ step: 'call-911', doneAt: minutesAgo(3) }],
      },
      risk: { answers: {}, emergencyDisclosure: disclosure },
    });
    expect(call.risk?.emergencyDisclosure?.recipientName).toBe('Dispatcher 7');
    const listed: Page<CallSummary> = (
      await t.http.get('/api/calls?pageSize=100').set(bearer(token)).expect(200)
    ).body;
    expect(
      listed.items.find((summary) => summary.id === call.id)?.riskLevel,
    ).toBeNull();
  });

  const tooLong = 'x'.repeat(201);
  const badCalls: [string, object, string][] = [
    ['an unknown substance', { substance: 'kratom' }, 'substance'],
    [
      'a co-used substance twice',
      { coUsedSubstances: ['alcohol', 'alcohol'] },
      'coUsedSubstances',
    ],
    [
      'co-used substances as null',
      { coUsedSubstances: null },
      'coUsedSubstances',
    ],
    [
      'co-used substances as text',
      { coUsedSubstances: 'alcohol' },
      'coUsedSubstances',
    ],
    [
      'an unknown co-used substance',
      { coUsedSubstances: ['glue'] },
      'coUsedSubstances',
    ],
    ['pregnancy as text', { pregnant: 'yes' }, 'pregnant'],
    [
      'an unknown danger sign',
      { withdrawalDangerSigns: ['sweating'] },
      'withdrawalDangerSigns',
    ],
    [
      'a naloxone reason over 200 characters',
      { naloxoneNotDiscussedReason: tooLong },
      'naloxoneNotDiscussedReason',
    ],
    [
      'an unknown overdose step',
      {
        overdose: {
          openedAt: '2026-12-03T10:00:00Z',
          steps: [{ step: 'pray', doneAt: '2026-12-03T10:00:00Z' }],
        },
      },
      'overdose.steps.0.step',
    ],
    [
      'an overdose step without a time',
      {
        overdose: {
          openedAt: '2026-12-03T10:00:00Z',
          steps: [{ step: 'call-911' }],
        },
      },
      'overdose.steps.0.doneAt',
    ],
    [
      'an overdose without an opening time',
      { overdose: { steps: [] } },
      'overdose.openedAt',
    ],
    [
      'overdose steps as an object',
      { overdose: { openedAt: '2026-12-03T10:00:00Z', steps: {} } },
      'overdose.steps',
    ],
  ];
  for (const [what, body, field] of badCalls) {
    it(`refuses ${what} with 400 naming ${field}, and stores nothing`, async () => {
      const before = await countCalls();
      const response = await t.http
        .post('/api/calls')
        .set(bearer(token))
        .send({ direction: 'inbound', startedAt: minutesAgo(10), ...body })
        .expect(400);
      expect(
        response.body.fields.map((f: { field: string }) => f.field),
      ).toContain(field);
      expect(await countCalls()).toBe(before);
    });
  }

  it('refuses an overdose step ticked twice or in the future, naming it, and keeps the draft as it was', async () => {
    const opened = minutesAgo(4);
    const call = await draft({ overdose: { openedAt: opened, steps: [] } });
    const twice = await t.http
      .patch(`/api/calls/${call.id}`)
      .set(bearer(token))
      .send({
        overdose: {
          openedAt: opened,
          steps: [
            { step: 'call-911', doneAt: minutesAgo(3) },
            { step: 'call-911', doneAt: minutesAgo(2) },
            { step: 'second-dose', doneAt: minutesAgo(-30) },
          ],
        },
      })
      .expect(400);
    expect(twice.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'overdose.steps.1.step',
      'overdose.steps.2.doneAt',
    ]);
    const read: CallRecord = (
      await t.http.get(`/api/calls/${call.id}`).set(bearer(token)).expect(200)
    ).body;
    expect(read.overdose?.steps).toEqual([]);
  });

  it('refuses a bad substance on a case with 400 naming the field, and changes nothing', async () => {
    const response = await t.http
      .post('/api/cases')
      .set(bearer(token))
      .send({ alias: 'Quincy Zed', coUsedSubstances: ['alcohol', 'tea'] })
      .expect(400);
    expect(
      response.body.fields.map((f: { field: string }) => f.field),
    ).toContain('coUsedSubstances');
    const search = await t.http
      .get('/api/cases?q=Quincy%20Zed')
      .set(bearer(token))
      .expect(200);
    expect(search.body.total).toBe(0);
    const stale = await t.http
      .patch(`/api/cases/${kase.id}`)
      .set(bearer(token))
      .send({ version: 1, primarySubstance: 'tea' })
      .expect(400);
    expect(stale.body.fields.map((f: { field: string }) => f.field)).toContain(
      'primarySubstance',
    );
  });
});
