import { Injectable } from '@nestjs/common';
import type {
  ReportRangeQuery,
  ReportSummary,
} from '@casebook/shared/contracts';
import { resolveRange } from './report-range';
import { checkRangeBounds } from './report-range-bounds';
import { ReportReader } from './report-reader';
import {
  count,
  DimensionIndex,
  medianOf,
  toDimensionTotals,
} from './summary-shape';
import { summaryStatements } from './summary-queries';

/** The supervisor summary of finalized calls over a local date range. */
@Injectable()
export class ReportSummaryService {
  constructor(private readonly reader: ReportReader) {}

  async summary(query: ReportRangeQuery): Promise<ReportSummary> {
    checkRangeBounds(query);
    const range = resolveRange(query);
    const statements = summaryStatements(this.reader.dialect, range);
    const [dimensionRows, dayRows, hourRows, caseRows, newCaseRows] =
      await Promise.all([
        this.reader.all(statements.dimensions),
        this.reader.all(statements.byDay),
        this.reader.all(statements.byHour),
        this.reader.all(statements.cases),
        this.reader.all(statements.newCases),
      ]);
    const dimensions = new DimensionIndex(toDimensionTotals(dimensionRows));
    const calls = dimensions.tally('all', '');
    const median = statements.median(calls);
    const counselors = dimensions.of('counselor').map((row) => row.item);
    const [medianRows, names] = await Promise.all([
      median ? this.reader.all(median) : Promise.resolve([]),
      this.displayNames(counselors),
    ]);
    const perDay = new Map(
      dayRows.map((row) => [
        new Date(count(row['day_number']) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        count(row['calls']),
      ]),
    );
    return {
      range: {
        ...query,
        startsAt: new Date(range.span.from).toISOString(),
        endsBefore: new Date(range.span.to).toISOString(),
      },
      totals: dimensions.totals({
        cases: count(caseRows[0]?.['cases']),
        repeatCallers: count(caseRows[0]?.['repeat_callers']),
        newCases: count(newCaseRows[0]?.['n']),
        medianHandleSeconds: medianOf(medianRows),
      }),
      byDay: range.localDates.map((date) => ({
        date,
        calls: perDay.get(date) ?? 0,
      })),
      byHour: hourRows
        .map((row) => ({
          weekday: count(row['weekday']),
          hour: count(row['hour']),
          calls: count(row['calls']),
        }))
        .filter((cell) => cell.calls > 0)
        .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
      severity: dimensions.severity(),
      topSymptoms: dimensions.topSymptoms(),
      outcomes: dimensions.outcomes(),
      referrals: dimensions.referrals(),
      risk: dimensions.risk(),
      safety: dimensions.safety(),
      relations: dimensions.relations(),
      counselors: dimensions.counselors(names),
    };
  }

  private async displayNames(
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.reader.all({
      sql: `SELECT id, display_name FROM users WHERE id IN (${ids.map(() => '?').join(', ')})`,
      params: [...ids],
    });
    return new Map(
      rows.map((row) => [String(row['id']), String(row['display_name'])]),
    );
  }
}
