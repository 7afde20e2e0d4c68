import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import type { ReportCounselorRow } from '@casebook/shared/contracts';
import { countOf, formatHandleTime } from '../report-labels';

type SortColumn =
  | 'counselorName'
  | 'calls'
  | 'avgHandleSeconds'
  | 'highRiskCalls'
  | 'referrals';

/** Rows sorted by a column; names alphabetically, numbers most first by default. */
export function sortCounselors(
  rows: readonly ReportCounselorRow[],
  sort: { active: string; direction: 'asc' | 'desc' | '' },
): ReportCounselorRow[] {
  const column = (sort.direction ? sort.active : 'calls') as SortColumn;
  const sign = (sort.direction || 'desc') === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? String(x).localeCompare(String(y))
        : (x ?? -1) - (y ?? -1);
    return sign * order || a.counselorName.localeCompare(b.counselorName);
  });
}

/**
 * Workload by counselor, most calls first; any column sorts. Each name is a button that
 * opens the counselor's calls in the range.
 */
@Component({
  selector: 'cb-counselor-table',
  imports: [MatTableModule, MatSortModule],
  templateUrl: './counselor-table.html',
  styleUrl: './counselor-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CounselorTable {
  /** The summary's per-counselor rows. */
  readonly rows = input.required<readonly ReportCounselorRow[]>();
  /** False for admins: the figures stay readable, but the calls behind them are for supervisors. */
  readonly drillable = input(true);
  /** A counselor's calls were asked for. */
  readonly picked = output<ReportCounselorRow>();

  protected readonly columns = [
    'counselorName',
    'calls',
    'avgHandleSeconds',
    'highRiskCalls',
    'referrals',
  ];
  protected readonly sort = signal<Sort>({
    active: 'calls',
    direction: 'desc',
  });
  protected readonly sorted = computed(() =>
    sortCounselors(this.rows(), this.sort()),
  );
  protected readonly handleTime = formatHandleTime;
  protected readonly countOf = countOf;
}
