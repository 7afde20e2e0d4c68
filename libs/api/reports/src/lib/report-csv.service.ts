import { Injectable } from '@nestjs/common';
import {
  REPORT_CSV_COLUMNS,
  type ReportCsvColumn,
  type ReportRangeQuery,
  type Substance,
} from '@casebook/shared/contracts';
import { namesOpioid, type NamedSubstances } from '@casebook/shared/domain';
import { resolveRange } from './report-range';
import { checkRangeBounds } from './report-range-bounds';
import { ReportReader, type ReportRow } from './report-reader';

/** Rows fetched per query: enough to keep the stream busy, few enough to keep memory flat. */
const BATCH_ROWS = 1000;

type CsvValue = string | number | boolean | null;

/**
 * The export's rows, oldest first, fetched in keyset batches (started_at, id): each batch
 * is a short query, so the export holds no cursor open and never loads the range at once.
 */
@Injectable()
export class ReportCsvService {
  constructor(private readonly reader: ReportReader) {}

  /** Checks the range before any byte is sent, so a bad range still gets its 400. */
  check(query: ReportRangeQuery): void {
    checkRangeBounds(query);
  }

  async *rows(query: ReportRangeQuery): AsyncGenerator<CsvValue[][]> {
    const range = resolveRange(query);
    const bounds = [
      this.reader.dialect.time(range.span.from),
      this.reader.dialect.time(range.span.to),
    ];
    let after: { startedAt: unknown; id: string } | null = null;
    for (;;) {
      const keyset = after
        ? ' AND (c.started_at > ? OR (c.started_at = ? AND c.id > ?))'
        : '';
      const batch = await this.reader.all({
        sql: `${CSV_SELECT} WHERE c.status = 'final' AND c.started_at >= ? AND c.started_at < ?${keyset} ORDER BY c.started_at, c.id LIMIT ?`,
        params: [
          ...bounds,
          ...(after ? [after.startedAt, after.startedAt, after.id] : []),
          BATCH_ROWS,
        ],
      });
      if (!batch.length) return;
      yield batch.map((row) =>
        REPORT_CSV_COLUMNS.map((column) => csvValue(column, row)),
      );
      const last = batch[batch.length - 1];
      after = { startedAt: last['started_at'], id: String(last['call_id']) };
      if (batch.length < BATCH_ROWS) return;
    }
  }
}

const latest = (instrument: string, column: 'total' | 'severity') =>
  `(SELECT a.${column} FROM call_assessments a WHERE a.call_id = c.id AND a.instrument = '${instrument}' ` +
  `AND a.status = 'complete' ORDER BY a.position DESC LIMIT 1) AS ${instrument}_${column}`;

const CSV_SELECT =
  `SELECT c.id AS call_id, k.case_number, u.display_name AS counselor, c.direction, c.started_at, c.ended_at, ` +
  `c.handle_seconds, c.outcome, c.risk_level, ${latest('sows', 'total')}, ${latest('sows', 'severity')}, ` +
  `${latest('cows', 'total')}, ${latest('cows', 'severity')}, c.symptoms, c.referrals, c.naloxone_discussed, ` +
  `c.overdose_education_given, c.finalized_at, CASE WHEN c.overdose IS NULL THEN 0 ELSE 1 END AS overdose_reported, ` +
  `c.substance, c.co_used_substances, c.risk_complete AS risk_screen_complete, c.caller_relation ` +
  `FROM calls c LEFT JOIN cases k ON k.id = c.case_id JOIN users u ON u.id = c.counselor_id`;

const TIME_COLUMNS: readonly ReportCsvColumn[] = [
  'started_at',
  'ended_at',
  'finalized_at',
];
/** Yes/no cells: SQLite answers 1/0, PostgreSQL booleans (or integers from a CASE). */
const BOOLEAN_COLUMNS: readonly ReportCsvColumn[] = [
  'naloxone_discussed',
  'overdose_education_given',
  'overdose_reported',
  'risk_screen_complete',
];

function csvValue(column: ReportCsvColumn, row: ReportRow): CsvValue {
  // The shared rule the call screen prompts naloxone by, so the export and the report agree.
  if (column === 'opioid_named') return namesOpioid(namedSubstances(row));
  const value = row[column === 'referral_types' ? 'referrals' : column];
  if (value === null || value === undefined) return null;
  if (TIME_COLUMNS.includes(column)) return isoTime(value);
  if (column === 'symptoms')
    return (
      JSON.parse(String(value)) as { symptomIds: string[] }
    ).symptomIds.join('; ');
  if (column === 'referral_types')
    return (JSON.parse(String(value)) as { type: string }[])
      .map((r) => r.type)
      .join('; ');
  if (BOOLEAN_COLUMNS.includes(column)) return Boolean(value) && value !== '0';
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

function namedSubstances(row: ReportRow): NamedSubstances {
  const coUsed = row['co_used_substances'];
  return {
    primary: (row['substance'] as Substance | null) ?? null,
    coUsed: coUsed ? (JSON.parse(String(coUsed)) as Substance[]) : [],
  };
}

/** SQLite answers "YYYY-MM-DD HH:MM:SS.SSS" (UTC), PostgreSQL a Date: both become ISO 8601. */
function isoTime(value: unknown): string {
  return value instanceof Date
    ? value.toISOString()
    : `${String(value).replace(' ', 'T')}Z`;
}
