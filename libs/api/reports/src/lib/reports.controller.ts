import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  PART2_NOTICE,
  REPORT_CSV_COLUMNS,
  type CallSummary,
  type Page,
  type ReportRangeQuery,
  type ReportSummary,
} from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { csvLine } from './csv-cells';
import { ReportCallsQueryDto } from './dto/report-calls.query';
import { ReportCsvQueryDto } from './dto/report-csv.query';
import { ReportRangeQueryDto } from './dto/report-range.query';
import { ReportCallsService } from './report-calls.service';
import { ReportCsvService } from './report-csv.service';
import { ReportSummaryService } from './report-summary.service';

@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(
    private readonly summaries: ReportSummaryService,
    private readonly drillDowns: ReportCallsService,
    private readonly exports: ReportCsvService,
    private readonly audit: AuditService,
  ) {}

  @Get('summary')
  async summary(
    @Query() query: ReportRangeQueryDto,
    @CurrentSession() session: RequestSession,
  ): Promise<ReportSummary> {
    const summary = await this.summaries.summary(query);
    await this.audit.record({
      actor: session.user,
      action: 'report.read',
      entityType: 'report',
      details: {
        report: 'summary',
        ...rangeOf(query),
        calls: summary.totals.calls,
      },
    });
    return summary;
  }

  /** The calls behind one bar or cell: a list of records, so audited with its filters. */
  /** Per-call rows: supervisors only. Admins hold no case records and get aggregates (DESIGN.md, roles). */
  @Roles('supervisor')
  @Get('calls')
  async calls(
    @Query() query: ReportCallsQueryDto,
    @CurrentSession() session: RequestSession,
  ): Promise<Page<CallSummary>> {
    const page = await this.drillDowns.list(query);
    const { from, to, tz, page: pageNumber, pageSize, ...filters } = query;
    await this.audit.record({
      actor: session.user,
      action: 'report.read',
      entityType: 'report',
      details: {
        report: 'calls',
        from,
        to,
        tz,
        ...filters,
        page: pageNumber,
        pageSize,
        results: page.total,
      },
    });
    return page;
  }

  /**
   * Streams one CSV row per finalized call in the range: the Part 2 notice, the header,
   * then batches written as the client takes them. Audited with the range and the rows
   * sent, also when the download is cut short.
   */
  @Roles('supervisor')
  @Get('calls.csv')
  @ApiProduces('text/csv')
  async exportCsv(
    @Query() query: ReportCsvQueryDto,
    @CurrentSession() session: RequestSession,
    @Res() response: Response,
  ): Promise<void> {
    const range: ReportRangeQuery = {
      from: query.from,
      to: query.to,
      tz: query.tz ?? 'UTC',
    };
    this.exports.check(range);
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="casebook-calls-${range.from}-to-${range.to}.csv"`,
    );
    response.setHeader('Cache-Control', 'no-store');
    let rows = 0;
    let complete = false;
    try {
      response.write(csvLine([PART2_NOTICE]));
      response.write(csvLine(REPORT_CSV_COLUMNS));
      for await (const batch of this.exports.rows(range)) {
        if (response.destroyed) break;
        rows += batch.length;
        if (!response.write(batch.map(csvLine).join('')))
          await drainedOrClosed(response);
      }
      complete = !response.destroyed;
      response.end();
    } catch (error) {
      this.logger.error(
        `CSV export stopped after ${rows} rows: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      response.destroy();
    } finally {
      await this.audit.record({
        actor: session.user,
        action: 'report.export',
        entityType: 'report',
        details: { report: 'calls.csv', ...rangeOf(range), rows, complete },
      });
    }
  }
}

/** Waits until the client has taken what was written, or has gone. */
function drainedOrClosed(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

function rangeOf(query: ReportRangeQuery): {
  from: string;
  to: string;
  tz: string;
} {
  return { from: query.from, to: query.to, tz: query.tz };
}
