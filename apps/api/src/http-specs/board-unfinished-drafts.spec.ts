import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { CallRecord } from '@casebook/shared/contracts';
import { CallEntity } from '@casebook/api/calls';
import { waitForBoard } from '../testing/board-events';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from '../testing/test-app';

const counselor = demoAccount('counselor');
const supervisor = demoAccount('supervisor');

/** ADR 32: a draft with no save for 30 minutes leaves "Calls in progress" for "Unfinished drafts". */
describe('live board: unfinished drafts', () => {
  let t: TestApp;
  let url: string;
  let mine: string;
  let sup: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0);
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/board/events`;
    mine = await signIn(t, counselor.username, counselor.password);
    sup = await signIn(t, supervisor.username, supervisor.password);
  });

  afterAll(async () => {
    await t.close();
  });

  const startCall = async (): Promise<CallRecord> =>
    (
      await t.http
        .post('/api/calls')
        .set(bearer(mine))
        .send({ direction: 'inbound', startedAt: t.clock.now().toISOString() })
        .expect(201)
    ).body;
  /** The draft's last save, `seconds` before the server's now. */
  const lastSaved = (id: string, seconds: number) =>
    t.app
      .get(DataSource)
      .getRepository(CallEntity)
      .update(id, {
        updatedAt: new Date(t.clock.now().getTime() - seconds * 1000),
      });

  it('keeps a draft saved 29:59 ago in progress and moves one saved 30:00 ago to unfinished', async () => {
    const fresh = await startCall();
    const almost = await startCall();
    const stale = await startCall();
    await lastSaved(almost.id, 29 * 60 + 59);
    await lastSaved(stale.id, 30 * 60);

    const snapshot = await waitForBoard(url, sup, () => true, 5000);
    const inProgress = snapshot.inProgress.map((c) => c.callId);
    const unfinished = snapshot.unfinishedDrafts.map((d) => d.callId);
    expect(inProgress).toContain(fresh.id);
    expect(inProgress).toContain(almost.id);
    expect(inProgress).not.toContain(stale.id);
    expect(unfinished).toContain(stale.id);
    expect(unfinished).not.toContain(almost.id);
    expect(
      snapshot.unfinishedDrafts.find((d) => d.callId === stale.id),
    ).toEqual({
      callId: stale.id,
      counselorName: counselor.displayName,
      caseNumber: null,
      startedAt: stale.startedAt,
      savedAt: new Date(t.clock.now().getTime() - 30 * 60_000).toISOString(),
    });
  });

  it('shows a discarded draft neither in progress nor unfinished', async () => {
    const fresh = await startCall();
    const stale = await startCall();
    await lastSaved(stale.id, 45 * 60);
    for (const call of [fresh, stale]) {
      await t.http
        .post(`/api/calls/${call.id}/discard`)
        .set(bearer(mine))
        .send({})
        .expect(200);
    }
    const snapshot = await waitForBoard(url, sup, () => true, 5000);
    const listed = [
      ...snapshot.inProgress.map((c) => c.callId),
      ...snapshot.unfinishedDrafts.map((d) => d.callId),
    ];
    expect(listed).not.toContain(fresh.id);
    expect(listed).not.toContain(stale.id);
  });
});
