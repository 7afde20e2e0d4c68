import type { DataSource } from 'typeorm';
import {
  POSTGRES_DIALECT,
  toDriverSql,
  type SqlStatement,
} from '@casebook/api/core';
import { ReportReader, type ReportRow } from './report-reader';

/** PostgreSQL: the pool's connections already run queries off the event loop. */
export class PostgresReportReader extends ReportReader {
  readonly dialect = POSTGRES_DIALECT;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  all(statement: SqlStatement): Promise<ReportRow[]> {
    return this.dataSource.query(
      toDriverSql(POSTGRES_DIALECT, statement.sql),
      statement.params,
    );
  }
}
