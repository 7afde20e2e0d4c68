import type { CallRecord } from '@casebook/shared/contracts';
import type { ApiClient } from '../../bench/support/api-process';
import type { CallHistory, Ledger } from './ledger';

export interface Tally {
  /** Saves answered 2xx before the kill. */
  acknowledged: number;
  /** Acknowledged saves the stored call holds: it is that save, or a later one of the same call. */
  found: number;
  /** Acknowledged saves the stored call lacks: the call is gone, or holds an older version. */
  missing: number;
  /** Acknowledged saves of calls whose stored notes are not what was sent for the stored version. */
  mismatched: number;
  /** Saves without a 2xx answer (in flight at the kill), and how many of them were stored anyway. */
  unanswered: number;
  unansweredStored: number;
  /** One line per call that failed the check. */
  problems: string[];
}

const PARALLEL_READS = 16;

/** Reads every call the writers touched back from the restarted API and checks it against the ledger. */
export async function verifyCalls(
  client: ApiClient,
  ledger: Ledger,
): Promise<Tally> {
  const tally: Tally = {
    acknowledged: 0,
    found: 0,
    missing: 0,
    mismatched: 0,
    unanswered: 0,
    unansweredStored: 0,
    problems: [],
  };
  const queue = [...ledger.calls.entries()];
  const reader = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [id, history] = next;
      judge(tally, id, history, await readStored(client, id));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
  return tally;
}

type Stored = Pick<CallRecord, 'version' | 'notes'> | null;

async function readStored(client: ApiClient, id: string): Promise<Stored> {
  const response = await client.request('GET', `/api/calls/${id}`);
  if (response.status === 404) return null;
  if (!response.ok)
    throw new Error(
      `GET /api/calls/${id} answered ${response.status}: ${await response.text()}`,
    );
  const record = (await response.json()) as CallRecord;
  return { version: record.version, notes: record.notes };
}

/**
 * The stored call must be a version this client sent, with exactly the notes sent for it,
 * and no older than the latest acknowledged save. The one save that got no answer may be
 * stored or not: a write in flight at the kill is allowed either fate.
 */
function judge(
  tally: Tally,
  id: string,
  history: CallHistory,
  stored: Stored,
): void {
  const acknowledged = history.acknowledged;
  const latest = Math.max(0, ...acknowledged);
  tally.acknowledged += acknowledged.length;
  if (history.unanswered !== null) {
    tally.unanswered++;
    if (stored?.version === history.unanswered) tally.unansweredStored++;
  }
  if (!stored) {
    tally.missing += acknowledged.length;
    if (latest)
      tally.problems.push(
        `call ${id} is gone; version ${latest} was acknowledged`,
      );
    return;
  }
  const sent = history.sent.get(stored.version);
  if (sent === undefined || sent !== stored.notes) {
    tally.mismatched += acknowledged.length;
    tally.problems.push(
      `call ${id} holds version ${stored.version} with ${sent === undefined ? 'a version never sent' : 'other notes than were sent for it'}`,
    );
    return;
  }
  const kept = acknowledged.filter(
    (version) => version <= stored.version,
  ).length;
  tally.found += kept;
  tally.missing += acknowledged.length - kept;
  if (stored.version < latest)
    tally.problems.push(
      `call ${id} holds version ${stored.version}; version ${latest} was acknowledged`,
    );
}
