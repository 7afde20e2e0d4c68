import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  Repository,
} from 'typeorm';

/** The transaction the current request's code runs in, while it is open. */
interface OpenTransaction {
  manager: EntityManager;
  open: boolean;
}

/**
 * One transaction per unit of work: a write and its audit row commit together or not at
 * all (42 CFR Part 2 asks for the trail to be complete). Services reach their tables
 * through {@link repository}, which answers inside the transaction the caller opened with
 * {@link run} (the HTTP layer opens one around every write request), or outside any.
 *
 * SQLite has one connection per process (better-sqlite3 is synchronous, TypeORM keeps a
 * single query runner), so two transactions open at once would nest as savepoints of each
 * other: here they queue and run one at a time. PostgreSQL gives each its own connection.
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<OpenTransaction>();
  /** The tail of SQLite's queue of transactions. */
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the plain one for reads outside any. */
  get manager(): EntityManager {
    const transaction = this.current.getStore();
    return transaction?.open ? transaction.manager : this.dataSource.manager;
  }

  repository<Entity extends ObjectLiteral>(
    entity: EntityTarget<Entity>,
  ): Repository<Entity> {
    return this.manager.getRepository(entity);
  }

  /** Whether code here runs inside an open transaction (writes outside one are a bug). */
  get inTransaction(): boolean {
    return this.current.getStore()?.open ?? false;
  }

  /** Runs `work` in the open transaction, or in a new one committed when it resolves. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = this.current.getStore();
    if (transaction?.open) return work(transaction.manager);
    if (this.dataSource.options.type === 'postgres')
      return this.transaction(work);
    return this.queued(() => this.transaction(work));
  }

  private transaction<T>(
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const transaction: OpenTransaction = { manager, open: true };
      try {
        return await this.current.run(transaction, () => work(manager));
      } finally {
        // Anything the work left running must not reach a committed or rolled-back manager.
        transaction.open = false;
      }
    });
  }

  private queued<T>(task: () => Promise<T>): Promise<T> {
    // Each transaction starts on a later turn of the event loop, not in the microtask that
    // ended the one before: a backlog drained in one turn would serve every busy socket's
    // request before the loop polls again, and Node accepts one new connection per turn,
    // so a new connection waited seconds in the kernel's queue under load (issue 16, item 10).
    const result = this.sqliteQueue.then(nextTurn).then(task);
    this.sqliteQueue = result.catch(() => undefined);
    return result;
  }
}

/** Resolves on the next turn of the event loop, after its I/O poll. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
