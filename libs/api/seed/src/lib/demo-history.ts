import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock } from '@casebook/api/core';
import { DEMO_ACCOUNTS, UsersService } from '@casebook/api/users';
import { writeShowcase } from './demo-showcase';
import { writeHistory } from './typeorm-writer';

/** The demo helpline: about 50 people and their calls over the past year. */
export const DEMO_CASES = 50;
export const DEMO_CALLS = 320;
export const DEMO_SEED = 2026;

/**
 * Adds synthetic cases and calls to an empty database when DEMO_DATA is on, then the
 * showcase: the demo directory and a few cases with substances, a family caller and
 * call-backs (ADR 35). Only on a database without cases, so a restart adds nothing.
 */
@Injectable()
export class DemoHistory {
  private readonly logger = new Logger('DemoHistory');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData) return;
    const [{ count }] = await this.dataSource.query(
      'SELECT COUNT(*) AS count FROM cases',
    );
    if (Number(count) > 0) return;
    const counselorIds: string[] = [];
    const staff = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== 'admin')) {
      const user = await this.users.findByUsername(account.username);
      if (user) {
        counselorIds.push(user.id);
        staff.set(account.role, user.id);
      }
    }
    if (!counselorIds.length) return;
    const now = this.clock.now();
    const end = new Date(now.getTime() - 3_600_000);
    const written = await writeHistory(this.dataSource, {
      cases: DEMO_CASES,
      calls: DEMO_CALLS,
      seed: DEMO_SEED,
      end,
      counselorIds,
    });
    this.logger.log(
      `Added ${written.cases} synthetic cases with ${written.calls} calls (DEMO_DATA)`,
    );
    const showcase = await this.dataSource.transaction((manager) =>
      writeShowcase(
        manager,
        {
          counselorId: staff.get('counselor') ?? counselorIds[0],
          supervisorId: staff.get('supervisor') ?? null,
        },
        now,
      ),
    );
    this.logger.log(
      `Added ${showcase.entries} demo directory entries, ${showcase.cases} showcase cases with ` +
        `${showcase.calls} calls and ${showcase.callbacks} call-backs (DEMO_DATA)`,
    );
  }
}
