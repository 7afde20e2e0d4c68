import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import {
  CALLBACK_QUEUES,
  CALLBACK_STATUSES,
  type Callback,
  type CallbackQueue,
  type CallbackStatus,
} from '@casebook/shared/contracts';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { LoadError } from '@casebook/dashboard/shared/ui';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '@casebook/dashboard/shared/ui/confirm-dialog';
import { CallbacksPageActions } from './callbacks.actions';
import { CALLBACK_PAGE_SIZES, callbacksFeature } from './callbacks.feature';
import { QUEUE_LABELS, STATUS_LABELS } from './callback-labels';
import { ScheduleDialog } from './schedule-dialog';
import { tickingNow } from './ticking-now';
import { CallbacksTable } from './ui/callbacks-table';
import { LogAttemptDialog, type LoggedAttempt } from './ui/log-attempt-dialog';
import {
  ReassignDialog,
  type ReassignDialogData,
  type Reassignment,
} from './ui/reassign-dialog';
import { RescheduleDialog } from './ui/reschedule-dialog';

/**
 * The call-back queues: mine, the team's, and for supervisors everyone's. Selects the
 * queue from the store and turns the counselor's choices into actions; the dialogs
 * gather what a change needs.
 */
@Component({
  selector: 'cb-callbacks-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatPaginatorModule,
    CallbacksTable,
    LoadError,
  ],
  templateUrl: './callbacks-page.html',
  styleUrl: './callbacks-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallbacksPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  protected readonly callbacks = this.store.selectSignal(
    callbacksFeature.selectCallbacks,
  );
  protected readonly queue = this.store.selectSignal(
    callbacksFeature.selectQueue,
  );
  protected readonly status = this.store.selectSignal(
    callbacksFeature.selectStatus,
  );
  protected readonly paging = this.store.selectSignal(
    callbacksFeature.selectPaging,
  );
  protected readonly loading = this.store.selectSignal(
    callbacksFeature.selectLoading,
  );
  protected readonly loaded = this.store.selectSignal(
    callbacksFeature.selectLoaded,
  );
  protected readonly loadError = this.store.selectSignal(
    callbacksFeature.selectLoadError,
  );
  protected readonly loadErrorMessage = computed(() => {
    const error = this.loadError();
    return error ? `Could not load the call-backs. ${error.message}` : null;
  });
  protected readonly overdueCount = this.store.selectSignal(
    callbacksFeature.selectOverdueCount,
  );
  protected readonly pendingIds = this.store.selectSignal(
    callbacksFeature.selectPendingIds,
  );
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly userId = computed(() => this.user()?.id ?? null);
  protected readonly supervisor = computed(
    () => this.user()?.role === 'supervisor',
  );
  protected readonly now = tickingNow();

  /** Counselors see their own queue and the team's; supervisors everyone's too. */
  protected readonly queues = computed(() =>
    CALLBACK_QUEUES.filter(
      (queue) => queue !== 'all' || this.user()?.role === 'supervisor',
    ),
  );
  protected readonly statuses = CALLBACK_STATUSES;
  protected readonly queueLabels = QUEUE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly pageSizes = CALLBACK_PAGE_SIZES;

  protected readonly emptyMessage = computed(() => {
    const status = this.status();
    const which =
      status === 'open' ? '' : `${STATUS_LABELS[status].toLowerCase()} `;
    switch (this.queue()) {
      case 'mine':
        return status === 'open'
          ? 'Nothing due for you. Schedule a call-back, or take one from the team queue.'
          : `No ${which}call-backs of yours.`;
      case 'team':
        return status === 'open'
          ? 'The team queue is empty: every open call-back has someone on it.'
          : `No ${which}team call-backs.`;
      case 'all':
        return `No ${which || 'open '}call-backs for anyone.`;
    }
  });

  constructor() {
    this.store.dispatch(CallbacksPageActions.opened({ queue: 'mine' }));
  }

  protected changeQueue(queue: unknown): void {
    if (
      (CALLBACK_QUEUES as readonly unknown[]).includes(queue) &&
      queue !== this.queue()
    ) {
      this.store.dispatch(
        CallbacksPageActions.queueChanged({ queue: queue as CallbackQueue }),
      );
    }
  }

  protected changeStatus(status: unknown): void {
    if (
      (CALLBACK_STATUSES as readonly unknown[]).includes(status) &&
      status !== this.status()
    ) {
      this.store.dispatch(
        CallbacksPageActions.statusChanged({
          status: status as CallbackStatus,
        }),
      );
    }
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    this.store.dispatch(
      CallbacksPageActions.pageChanged({ pageIndex, pageSize }),
    );
  }

  protected reload(): void {
    this.store.dispatch(CallbacksPageActions.reloadClicked());
  }

  protected schedule(): void {
    this.dialog.open(ScheduleDialog, {
      autoFocus: 'first-tabbable',
      width: '36rem',
    });
  }

  protected logAttempt(callback: Callback): void {
    this.dialog
      .open<LogAttemptDialog, Callback, LoggedAttempt>(LogAttemptDialog, {
        data: callback,
        width: '30rem',
      })
      .afterClosed()
      .subscribe((logged) => {
        if (logged) {
          this.store.dispatch(
            CallbacksPageActions.attemptLogged({ callback, ...logged }),
          );
        }
      });
  }

  protected take(callback: Callback): void {
    const userId = this.userId();
    if (userId) {
      this.store.dispatch(
        CallbacksPageActions.takeClicked({ callback, userId }),
      );
    }
  }

  protected reassign(callback: Callback): void {
    this.dialog
      .open<ReassignDialog, ReassignDialogData, Reassignment>(ReassignDialog, {
        data: { callback, userId: this.userId() },
        width: '30rem',
      })
      .afterClosed()
      .subscribe((chosen) => {
        if (chosen) {
          this.store.dispatch(
            CallbacksPageActions.reassignChosen({
              callback,
              assignedToId: chosen.assignedToId,
            }),
          );
        }
      });
  }

  protected reschedule(callback: Callback): void {
    this.dialog
      .open<RescheduleDialog, Callback, string>(RescheduleDialog, {
        data: callback,
        width: '30rem',
      })
      .afterClosed()
      .subscribe((dueAt) => {
        if (dueAt) {
          this.store.dispatch(
            CallbacksPageActions.rescheduleChosen({ callback, dueAt }),
          );
        }
      });
  }

  protected cancel(callback: Callback): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: `Cancel the call-back for ${callback.caseNumber}?`,
          message: `${callback.caseAlias} will not be called back for “${callback.reason}”. It stays on record under Cancelled.`,
          confirmLabel: 'Cancel call-back',
          cancelLabel: 'Keep it',
        },
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) {
          this.store.dispatch(
            CallbacksPageActions.cancelConfirmed({ callback }),
          );
        }
      });
  }

  protected callNow(callback: Callback): void {
    this.store.dispatch(CallbacksPageActions.callNowClicked({ callback }));
  }
}
