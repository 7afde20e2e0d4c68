import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@casebook/api/core';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { UsersService } from './users.service';

/**
 * On an empty database, creates the configured admin and, when asked, the demo accounts.
 * Run by the app's start-up tasks, before anything that needs those accounts.
 */
@Injectable()
export class AccountBootstrap {
  private readonly logger = new Logger('AccountBootstrap');

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!(await this.users.isEmpty())) return;
    const admin = this.config.bootstrapAdmin;
    if (admin) {
      await this.users.create({
        ...admin,
        displayName: 'Administrator',
        role: 'admin',
      });
      this.logger.log(`Created the admin account "${admin.username}"`);
    }
    if (this.config.demoData) {
      for (const account of DEMO_ACCOUNTS) {
        if (account.username !== admin?.username)
          await this.users.create(account);
      }
      this.logger.log('Added the demo accounts (DEMO_DATA)');
    }
    if (!admin && !this.config.demoData) {
      this.logger.warn(
        'The database has no accounts: set ADMIN_USERNAME and ADMIN_PASSWORD to create one',
      );
    }
  }
}
