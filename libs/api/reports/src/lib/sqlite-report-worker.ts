import type { OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { SQLITE_DIALECT, type SqlStatement } from '@casebook/api/core';
import { ReportReader, type ReportRow } from './report-reader';

/**
 * The worker's whole program, kept as source text so it needs no separate build output:
 * one read-only connection (WAL lets it read beside the API's writer), statements
 * prepared once, one query at a time.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const Database = createRequire(workerData.resolveFrom)('better-sqlite3');
const db = new Database(workerData.path, { readonly: true, fileMustExist: true, timeout: 5000 });
db.pragma('cache_size = -65536');
const statements = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size < 100) statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.code || 'SQLITE_ERROR') });
  }
});
`;

interface Pending {
  resolve(rows: ReportRow[]): void;
  reject(error: Error): void;
}

type WorkerReply =
  { id: number; rows: ReportRow[] } | { id: number; error: string };

/** SQLite reports in a worker thread, so a year-long report never stalls a counselor's save. */
export class SqliteReportWorker
  extends ReportReader
  implements OnApplicationShutdown
{
  readonly dialect = SQLITE_DIALECT;
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly databasePath: string) {
    super();
  }

  all(statement: SqlStatement): Promise<ReportRow[]> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<ReportRow[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, sql: statement.sql, params: statement.params });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // better-sqlite3 is resolved from the program's own location (dist/apps/api or the
    // spec runner), as the main thread resolved it.
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: this.databasePath,
        resolveFrom: process.argv[1] ?? `${process.cwd()}/index.js`,
      },
    });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply)
        pending?.reject(new Error(`Report query failed (${reply.error})`));
      else pending?.resolve(reply.rows);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', () => fail(new Error('Report worker failed')));
    worker.on('exit', () => fail(new Error('Report worker stopped')));
    this.worker = worker;
    return worker;
  }
}
