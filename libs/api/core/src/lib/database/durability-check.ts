import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  assertDurableSqlite,
  type PragmaConnection,
} from './data-source-options';

/** At start, before the API takes a request: SQLite must commit with synchronous=FULL. */
@Injectable()
export class DurabilityCheck implements OnApplicationBootstrap {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    if (this.dataSource.options.type !== 'better-sqlite3') return;
    const driver = this.dataSource.driver as unknown as {
      databaseConnection: PragmaConnection;
    };
    assertDurableSqlite(driver.databaseConnection);
  }
}
