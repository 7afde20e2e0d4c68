import type { SqlDialect, SqlStatement } from '@casebook/api/core';

/** A result row as the driver returns it. */
export type ReportRow = Record<string, unknown>;

/**
 * Runs report SQL (statements with `?` placeholders) away from the request loop: on
 * SQLite in a worker thread with its own read-only connection, on PostgreSQL through the
 * pool (which never blocks the loop). A token for Nest's injector.
 */
export abstract class ReportReader {
  /** The SQL the reader's database speaks. */
  abstract readonly dialect: SqlDialect;
  abstract all(statement: SqlStatement): Promise<ReportRow[]>;
}
