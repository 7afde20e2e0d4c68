import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type {
  ApiError,
  CallRecord,
  CallSummary,
} from '@casebook/shared/contracts';
import { DateTimePipe, SeverityBadge } from '@casebook/dashboard/shared/ui';
import {
  CALL_DIRECTION_LABELS,
  CALL_OUTCOME_LABELS,
  RISK_LEVEL_LABELS,
} from '../labels';
import { CallDetail } from './call-detail';

/** A call's full record as the timeline gets it: loading, loaded or failed. */
export type CallDetailView =
  | { status: 'loading' }
  | { status: 'loaded'; call: CallRecord }
  | { status: 'failed'; error: ApiError };

/** Which page of calls is shown and how many there are. */
export interface CallsPaging {
  pageIndex: number;
  pageSize: number;
  total: number;
}

/**
 * The case's calls, newest first, one expandable entry each. The header says when, who,
 * which way, how it ended, the risk level, the latest severity and draft/final; opening
 * an entry asks for the full record (`expand`), shown when it arrives.
 */
@Component({
  selector: 'cb-calls-timeline',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatExpansionModule,
    MatPaginatorModule,
    MatProgressBarModule,
    SeverityBadge,
    CallDetail,
  ],
  templateUrl: './calls-timeline.html',
  styleUrl: './calls-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallsTimeline {
  readonly calls = input.required<readonly CallSummary[]>();
  readonly paging = input.required<CallsPaging>();
  readonly pageSizes = input<readonly number[]>([10, 25, 50]);
  /** Full records fetched so far, by call id. */
  readonly details = input<Readonly<Record<string, CallDetailView>>>({});
  readonly loading = input(false);

  /** An entry was opened: its record is wanted. Also used to retry a failed one. */
  readonly expand = output<string>();
  readonly pageChange = output<{ pageIndex: number; pageSize: number }>();

  protected readonly directionLabels = CALL_DIRECTION_LABELS;
  protected readonly outcomeLabels = CALL_OUTCOME_LABELS;
  protected readonly riskLabels = RISK_LEVEL_LABELS;

  protected loadedCall(id: string): CallRecord | null {
    const detail = this.details()[id];
    return detail?.status === 'loaded' ? detail.call : null;
  }

  protected loadError(id: string): ApiError | null {
    const detail = this.details()[id];
    return detail?.status === 'failed' ? detail.error : null;
  }

  protected changePage(event: PageEvent): void {
    this.pageChange.emit({
      pageIndex: event.pageIndex,
      pageSize: event.pageSize,
    });
  }
}
