import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import type { BoardAlert, CallStatus } from '@casebook/shared/contracts';
import { BoardPageActions } from './data-access/board.actions';
import { boardFeature } from './data-access/board.feature';
import { BoardAlerts } from './ui/board-alerts';
import { BoardCalls } from './ui/board-calls';
import { BoardOverdue } from './ui/board-overdue';
import { BoardUnfinished } from './ui/board-unfinished';
import { tickingNow } from './ticking-clock';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

const ANNOUNCED_STATUS: Readonly<Record<CallStatus, string>> = {
  draft: 'draft',
  final: 'final',
  discarded: 'discarded draft',
};

/** What the assertive region says when alerts arrive. */
export function arrivalAnnouncement(alerts: readonly BoardAlert[]): string {
  return alerts
    .map(
      (alert) =>
        `New high-risk alert: ${alert.counselorName}, case ${alert.caseNumber ?? 'anonymous'}, ${ANNOUNCED_STATUS[alert.status]}.`,
    )
    .join(' ');
}

/**
 * The supervisors' live board: opens the stream while the page is shown and closes it
 * when the page goes.
 */
@Component({
  selector: 'cb-board-page',
  imports: [
    DateTimePipe,
    MatIconModule,
    BoardAlerts,
    BoardCalls,
    BoardOverdue,
    BoardUnfinished,
  ],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  private readonly store = inject(Store);

  protected readonly connection = this.store.selectSignal(
    boardFeature.selectConnection,
  );
  protected readonly retryInMs = this.store.selectSignal(
    boardFeature.selectRetryInMs,
  );
  protected readonly error = this.store.selectSignal(boardFeature.selectError);
  protected readonly snapshot = this.store.selectSignal(
    boardFeature.selectSnapshot,
  );
  protected readonly alerts = this.store.selectSignal(
    boardFeature.selectHighRisk,
  );
  protected readonly newAlertIds = this.store.selectSignal(
    boardFeature.selectNewAlertIdSet,
  );
  protected readonly calls = this.store.selectSignal(
    boardFeature.selectInProgress,
  );
  protected readonly overdue = this.store.selectSignal(
    boardFeature.selectOverdueCallbacks,
  );
  protected readonly unfinished = this.store.selectSignal(
    boardFeature.selectUnfinishedDrafts,
  );
  private readonly latestArrivals = this.store.selectSignal(
    boardFeature.selectLatestArrivals,
  );
  protected readonly announcement = computed(() =>
    arrivalAnnouncement(this.latestArrivals()),
  );
  protected readonly now = tickingNow(1000);

  constructor() {
    this.store.dispatch(BoardPageActions.opened());
    inject(DestroyRef).onDestroy(() =>
      this.store.dispatch(BoardPageActions.closed()),
    );
  }
}
