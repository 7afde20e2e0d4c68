import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type {
  CallRecord,
  CreateCallRequest,
  UpdateCallRequest,
} from '@casebook/shared/contracts';
import type { ApiClient } from '../../bench/support/api-process';
import type { Ledger } from './ledger';

/** A cap on each writer's saves per round besides the time limit, so no loop can run away. */
const MAX_SAVES_PER_WRITER = 20_000;
/** Autosaves per draft before the writer starts the next one: a few, like a counselor typing. */
const AUTOSAVES_PER_DRAFT = { min: 2, max: 8 };

export interface WriterPool {
  /** Resolves when every writer has stopped (at the kill, or when its time is up). */
  done: Promise<void>;
  /** Stops new saves and returns how many requests are in flight right now; call it just before the kill. */
  stopForKill(): number;
}

/**
 * `writers` counselors' devices, each creating call drafts and autosaving them back to
 * back for up to `seconds`. Every save is written to the ledger before it is sent and
 * marked acknowledged only on a 2xx answer. Each writer owns its drafts and saves one
 * at a time, so a call has at most one save in flight when the API dies.
 */
export function startWriters(options: {
  clients: readonly ApiClient[];
  writers: number;
  seconds: number;
  ledger: Ledger;
}): WriterPool {
  const { clients, ledger } = options;
  const deadline = Date.now() + options.seconds * 1000;
  let stopped = false;
  let inFlight = 0;
  const going = (saves: number) =>
    !stopped && Date.now() < deadline && saves < MAX_SAVES_PER_WRITER;

  /** Sends the save that, acknowledged, makes `version` of the call (1 is the create); false ends the writer. */
  async function save(
    client: ApiClient,
    callId: string,
    version: number,
    body: CreateCallRequest | UpdateCallRequest,
  ): Promise<boolean> {
    const [method, path] =
      version === 1
        ? ['POST', '/api/calls']
        : ['PATCH', `/api/calls/${callId}`];
    const notes = body.notes ?? '';
    ledger.sent(callId, version, notes);
    inFlight++;
    let response: Response;
    try {
      response = await client.request(method, path, body);
    } catch (error) {
      // The expected fate of a request in flight at the kill; before it, a problem.
      ledger.unanswered(callId, version);
      if (!stopped)
        ledger.unexpected.push(
          `${method} ${path} lost its connection before the kill: ${String(error)}`,
        );
      return false;
    } finally {
      inFlight--;
    }
    if (!response.ok) {
      ledger.unanswered(callId, version);
      const text = await response.text().catch(() => '');
      ledger.unexpected.push(
        `${method} ${path} (version ${version}) answered ${response.status}: ${text.slice(0, 200)}`,
      );
      return false;
    }
    ledger.acknowledged(callId, version);
    // The status is the acknowledgement; the body may be cut short by the kill, but if it came it must agree.
    const record = (await response
      .json()
      .catch(() => null)) as CallRecord | null;
    if (record && (record.version !== version || record.notes !== notes)) {
      ledger.unexpected.push(
        `${method} ${path} acknowledged version ${record.version} (expected ${version}) or other notes`,
      );
    }
    return true;
  }

  async function writer(index: number): Promise<void> {
    const client = clients[index % clients.length];
    let saves = 0;
    while (going(saves)) {
      const id = randomUUID();
      const startedAt = new Date(
        Date.now() - randomInt(60_000, 1_800_000),
      ).toISOString();
      saves++;
      if (
        !(await save(client, id, 1, {
          id,
          direction: 'inbound',
          startedAt,
          notes: notes(index, 1),
        }))
      )
        return;
      const last =
        1 + randomInt(AUTOSAVES_PER_DRAFT.min, AUTOSAVES_PER_DRAFT.max + 1);
      for (let version = 2; version <= last && going(saves); version++) {
        saves++;
        // Autosave sends the version it last saw: the stored one, since this writer alone edits the draft.
        if (
          !(await save(client, id, version, {
            version: version - 1,
            notes: notes(index, version),
          }))
        )
          return;
      }
    }
  }

  const done = Promise.all(
    Array.from({ length: options.writers }, (_, index) => writer(index)),
  ).then(() => undefined);
  return {
    done,
    stopForKill: () => {
      stopped = true;
      return inFlight;
    },
  };
}

/** Unique text of varied length (so saves touch different amounts of the file). */
function notes(writer: number, version: number): string {
  return `writer ${writer}, version ${version}: ${randomBytes(randomInt(16, 600)).toString('hex')}`;
}
