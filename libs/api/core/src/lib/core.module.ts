import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DurabilityCheck } from './database/durability-check';
import { UnitOfWork } from './database/unit-of-work';
import { WriteTransactionInterceptor } from './http/write-transaction.interceptor';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging/logger-options';
import { Clock, SystemClock } from './time/clock';

/** Configuration, clock, database and logging: what every feature module may rely on. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database, []),
          autoLoadEntities: true,
        }),
        LoggerModule.forRoot(loggerOptions(config)),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
        UnitOfWork,
        DurabilityCheck,
        { provide: APP_INTERCEPTOR, useClass: WriteTransactionInterceptor },
      ],
      exports: [APP_CONFIG, Clock, UnitOfWork],
    };
  }
}
