import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditModule } from '@casebook/api/audit';
import { CallsModule } from '@casebook/api/calls';
import { PostgresReportReader } from './postgres-report-reader';
import { ReportCallsService } from './report-calls.service';
import { ReportCsvService } from './report-csv.service';
import { ReportReader } from './report-reader';
import { ReportSummaryService } from './report-summary.service';
import { ReportsController } from './reports.controller';
import { SqliteReportWorker } from './sqlite-report-worker';

@Module({
  imports: [AuditModule, CallsModule],
  controllers: [ReportsController],
  providers: [
    {
      provide: ReportReader,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource): ReportReader =>
        dataSource.options.type === 'postgres'
          ? new PostgresReportReader(dataSource)
          : new SqliteReportWorker(String(dataSource.options.database)),
    },
    ReportSummaryService,
    ReportCallsService,
    ReportCsvService,
  ],
})
export class ReportsModule {}
