import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DemoHistory } from '@casebook/api/seed';
import { AccountBootstrap } from '@casebook/api/users';

/** What runs once the database is migrated, in this order: accounts first, then demo calls that name them. */
@Injectable()
export class StartupTasks implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountBootstrap,
    private readonly demoHistory: DemoHistory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.accounts.run();
    await this.demoHistory.run();
  }
}
