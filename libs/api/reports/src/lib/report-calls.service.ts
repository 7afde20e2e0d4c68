import { Injectable } from '@nestjs/common';
import type {
  CallSummary,
  Page,
  ReportCallsQuery,
} from '@casebook/shared/contracts';
import { nextDate, startOfLocalDay } from '@casebook/shared/domain';
import { CallsService } from '@casebook/api/calls';
import {
  RequestValidationError,
  type SqlDialect,
  type SqlStatement,
} from '@casebook/api/core';
import { localTimeSql } from './local-time-sql';
import { resolveRange } from './report-range';
import { checkRangeBounds } from './report-range-bounds';
import { ReportReader } from './report-reader';
import { count } from './summary-shape';

type DrillDown = ReportCallsQuery & { page: number; pageSize: number };

/** The calls behind one bar or cell of a report, newest first. */
@Injectable()
export class ReportCallsService {
  constructor(
    private readonly reader: ReportReader,
    private readonly calls: CallsService,
  ) {}

  async list(query: DrillDown): Promise<Page<CallSummary>> {
    checkRangeBounds(query);
    checkDrillDown(query);
    const where = drillDownWhere(this.reader.dialect, query);
    const [idRows, totalRows] = await Promise.all([
      this.reader.all({
        sql: `SELECT c.id FROM calls c WHERE ${where.sql} ORDER BY c.started_at DESC, c.id LIMIT ? OFFSET ?`,
        params: [
          ...where.params,
          query.pageSize,
          (query.page - 1) * query.pageSize,
        ],
      }),
      this.reader.all({
        sql: `SELECT COUNT(*) AS n FROM calls c WHERE ${where.sql}`,
        params: where.params,
      }),
    ]);
    const items = await this.calls.summaries(
      idRows.map((row) => String(row['id'])),
    );
    return {
      items,
      total: count(totalRows[0]?.['n']),
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

function checkDrillDown(query: ReportCallsQuery): void {
  const fields = [];
  if ((query.weekday === undefined) !== (query.hour === undefined)) {
    fields.push({
      field: query.hour === undefined ? 'hour' : 'weekday',
      message: 'weekday and hour go together',
    });
  }
  if (query.severity && !query.instrument)
    fields.push({
      field: 'instrument',
      message: 'severity needs an instrument',
    });
  if (query.day && (query.day < query.from || query.day > query.to)) {
    fields.push({ field: 'day', message: 'day must be inside the range' });
  }
  if (fields.length) throw new RequestValidationError(fields);
}

/** The WHERE clause (over calls `c`) of a drill-down: the range, then each filter given. */
export function drillDownWhere(
  dialect: SqlDialect,
  query: ReportCallsQuery,
): SqlStatement {
  const range = resolveRange(query);
  const clauses: string[] = [
    `c.status = 'final'`,
    'c.started_at >= ?',
    'c.started_at < ?',
  ];
  const params: unknown[] = [
    dialect.time(range.span.from),
    dialect.time(range.span.to),
  ];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (query.day) {
    add(
      'c.started_at >= ?',
      dialect.time(startOfLocalDay(query.day, query.tz)),
    );
    add(
      'c.started_at < ?',
      dialect.time(startOfLocalDay(nextDate(query.day), query.tz)),
    );
  }
  if (query.weekday !== undefined && query.hour !== undefined) {
    const local = localTimeSql(
      dialect,
      'c.started_at',
      query.tz,
      range.offsets,
    );
    add(`${local.weekday} = ?`, ...local.params, query.weekday);
    add(`${local.hour} = ?`, ...local.params, query.hour);
  }
  if (query.instrument) {
    const severity = query.severity
      ? ` AND COALESCE(a.severity, 'partial') = ?`
      : '';
    add(
      `EXISTS (SELECT 1 FROM call_assessments a WHERE a.call_id = c.id AND a.instrument = ?${severity})`,
      query.instrument,
      ...(query.severity ? [query.severity] : []),
    );
  }
  if (query.symptomId) {
    add(
      `EXISTS (SELECT 1 FROM ${dialect.eachSymptom('c.symptoms', 's')} WHERE s.value = ?)`,
      query.symptomId,
    );
  }
  if (query.referralType) {
    add(
      `EXISTS (SELECT 1 FROM ${dialect.eachReferral('c.referrals', 'r')} WHERE ${dialect.referralType('r')} = ?)`,
      query.referralType,
    );
  }
  if (query.outcome) {
    if (query.outcome === 'none') add('c.outcome IS NULL');
    else add('c.outcome = ?', query.outcome);
  }
  if (query.riskLevel) {
    if (query.riskLevel === 'not-screened') add('c.risk_level IS NULL');
    else add('c.risk_level = ?', query.riskLevel);
  }
  if (query.counselorId) add('c.counselor_id = ?', query.counselorId);
  if (query.direction) add('c.direction = ?', query.direction);
  if (query.callerRelation) add('c.caller_relation = ?', query.callerRelation);
  return { sql: clauses.join(' AND '), params };
}
