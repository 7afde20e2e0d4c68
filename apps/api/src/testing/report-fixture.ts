import type { CallRecord } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  startTestApp,
  type TestApp,
} from './test-app';

/** A test app whose clock stands at 11 April 2026, so a March fixture lies after the demo history and in the past. */
export interface ReportTestApp {
  t: TestApp;
  tokens: { counselor: string; supervisor: string; admin: string };
}

export async function startReportTestApp(): Promise<ReportTestApp> {
  const t = await startTestApp();
  t.clock.advanceMinutes(40 * 24 * 60);
  const token = (role: 'counselor' | 'supervisor' | 'admin') => {
    const account = demoAccount(role);
    return signIn(t, account.username, account.password);
  };
  return {
    t,
    tokens: {
      counselor: await token('counselor'),
      supervisor: await token('supervisor'),
      admin: await token('admin'),
    },
  };
}

/** Logs a ten-minute inbound call from `startedAt` with `fields`, finalized unless `draft`; returns its id. */
export async function logReportCall(
  app: ReportTestApp,
  startedAt: string,
  fields: object,
  draft = false,
): Promise<string> {
  const endedAt = new Date(Date.parse(startedAt) + 10 * 60_000).toISOString();
  const body = {
    direction: 'inbound',
    startedAt,
    endedAt,
    outcome: 'support-given',
    ...fields,
  };
  const auth = bearer(app.tokens.counselor);
  const call: CallRecord = (
    await app.t.http.post('/api/calls').set(auth).send(body).expect(201)
  ).body;
  if (!draft)
    await app.t.http
      .post(`/api/calls/${call.id}/finalize`)
      .set(auth)
      .expect(200);
  return call.id;
}
