import type { AddressInfo } from 'node:net';
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

describe('live board over HTTP', () => {
  let a: TestApp;
  let b: TestApp;
  let boardUrl: string;

  beforeAll(async () => {
    a = await startTestApp();
    if (a.config.database.type === 'sqlite') {
      b = await startTestApp({ DATABASE_PATH: a.config.database.path });
    } else {
      b = await startTestApp({
        DATABASE_URL: a.config.database.url,
        DATABASE_TYPE: 'postgres',
      });
    }
    await b.app.listen(0);
    boardUrl = `http://127.0.0.1:${(b.app.getHttpServer().address() as AddressInfo).port}/api/board/events`;
  });

  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('shows on instance B, within two seconds, a high-risk screen saved through instance A', async () => {
    const supToken = await signIn(b, supervisor.username, supervisor.password);
    const counselorToken = await signIn(
      a,
      counselor.username,
      counselor.password,
    );
    const call = await a.http
      .post('/api/calls')
      .set(bearer(counselorToken))
      .send({ direction: 'inbound', startedAt: a.clock.now().toISOString() })
      .expect(201);
    const seen = waitForBoard(
      boardUrl,
      supToken,
      (s) => s.highRisk.some((alert) => alert.callId === call.body.id),
      4000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const savedAt = Date.now();
    await a.http
      .patch(`/api/calls/${call.body.id}`)
      .set(bearer(counselorToken))
      .send({ risk: { answers: { q1: true, q2: true, q3: true, q4: true } } })
      .expect(200);
    const snapshot = await seen;
    expect(Date.now() - savedAt).toBeLessThan(2000);
    expect(
      snapshot.highRisk.find((alert) => alert.callId === call.body.id)
        ?.counselorName,
    ).toBe(counselor.displayName);
    expect(snapshot.inProgress.map((c) => c.callId)).toContain(call.body.id);
  });

  it('is for supervisors only', async () => {
    const token = await signIn(b, counselor.username, counselor.password);
    await b.http.get('/api/board/events').set(bearer(token)).expect(403);
  });
});
