import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { CaseStatus, CaseSummary } from '@casebook/shared/contracts';
import { DateTimePipe, SeverityBadge } from '@casebook/dashboard/shared/ui';
import { CASE_STATUS_LABELS } from '../labels';
import { PhonePipe, RelativeTimePipe } from '../pipes';

/** Which page the table shows and how many cases matched in all. */
export interface CasesPaging {
  pageIndex: number;
  pageSize: number;
  total: number;
}

/**
 * One page of cases. A row opens its case on click or Enter; each row is in the tab
 * order and says what it opens. Knows nothing of the store or the router.
 */
@Component({
  selector: 'cb-cases-table',
  imports: [
    DateTimePipe,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PhonePipe,
    RelativeTimePipe,
    SeverityBadge,
  ],
  templateUrl: './cases-table.html',
  styleUrl: './cases-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesTable {
  /** The cases on this page, in the server's order. */
  readonly cases = input.required<readonly CaseSummary[]>();
  /** Page position and total, for the paginator. */
  readonly paging = input.required<CasesPaging>();
  readonly pageSizes = input<readonly number[]>([10, 25, 50, 100]);
  readonly loading = input(false);
  /** What to say when the page is empty and nothing is loading. */
  readonly emptyMessage = input('No cases.');
  /** The current time (ms), for "3 hours ago"; the page ticks it. */
  readonly now = input.required<number>();

  /** A row was chosen (click or Enter). */
  readonly open = output<CaseSummary>();
  readonly pageChange = output<{ pageIndex: number; pageSize: number }>();

  protected readonly columns = [
    'caseNumber',
    'alias',
    'phone',
    'alert',
    'lastCallAt',
    'severity',
    'status',
  ];

  protected statusLabel(status: CaseStatus): string {
    return CASE_STATUS_LABELS[status];
  }

  protected changePage(event: PageEvent): void {
    this.pageChange.emit({
      pageIndex: event.pageIndex,
      pageSize: event.pageSize,
    });
  }

  protected openOnEnter(event: Event, row: CaseSummary): void {
    // Enter on the row itself; not on something inside it that handles Enter.
    if (event.target === event.currentTarget) {
      event.preventDefault();
      this.open.emit(row);
    }
  }
}
