import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@casebook/api/audit';
import { AuthModule } from '@casebook/api/auth';
import { BoardModule } from '@casebook/api/board';
import { CallbacksModule } from '@casebook/api/callbacks';
import { CallsModule } from '@casebook/api/calls';
import { CasesModule } from '@casebook/api/cases';
import { type AppConfig, CoreModule } from '@casebook/api/core';
import { ReportsModule } from '@casebook/api/reports';
import { ResourcesModule } from '@casebook/api/resources';
import { SeedModule } from '@casebook/api/seed';
import { UsersModule } from '@casebook/api/users';
import { StartupTasks } from './startup-tasks';

/** Wiring only: every feature lives in its own library. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        AuditModule,
        AuthModule,
        UsersModule,
        CasesModule,
        CallsModule,
        CallbacksModule,
        ResourcesModule,
        BoardModule,
        ReportsModule,
        SeedModule,
      ],
      providers: [StartupTasks],
    };
  }
}
