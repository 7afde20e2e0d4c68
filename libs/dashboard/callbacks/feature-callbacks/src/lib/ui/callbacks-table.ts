import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { Callback } from '@casebook/shared/contracts';
import { attemptResultLabel } from '../callback-labels';
import { relativeDue } from '../due-time';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

/**
 * One queue of call-backs, in the order given (the server's: soonest due first).
 * Overdue rows carry the word "Overdue" as well as the error colour. Open rows offer
 * their actions as buttons, so they work from the keyboard as well as the mouse.
 */
@Component({
  selector: 'cb-callbacks-table',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTableModule,
  ],
  templateUrl: './callbacks-table.html',
  styleUrl: './callbacks-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallbacksTable {
  /** The rows to show, in the order to show them. */
  readonly callbacks = input.required<readonly Callback[]>();
  /** Now, in ms since the epoch, for "in 2 h" and "overdue by 35 min". */
  readonly now = input.required<number>();
  /** The signed-in user, to say "You" and to offer "Take it" only for the team's. */
  readonly userId = input<string | null>(null);
  /** Supervisors may hand any open call-back to someone else; others only their own. */
  readonly canReassignAll = input(false);
  /** Rows whose change is on its way; their actions wait. */
  readonly pendingIds = input<readonly string[]>([]);
  readonly loading = input(false);
  /** What the table says when it has no rows. */
  readonly emptyMessage = input('No call-backs.');

  readonly logAttempt = output<Callback>();
  readonly take = output<Callback>();
  readonly reassign = output<Callback>();
  readonly reschedule = output<Callback>();
  readonly cancelCallback = output<Callback>();
  readonly callNow = output<Callback>();

  protected readonly columns = [
    'due',
    'case',
    'alert',
    'reason',
    'assignee',
    'attempts',
    'actions',
  ];

  protected relative(row: Callback): string {
    return relativeDue(row.dueAt, this.now(), row.overdue);
  }

  protected assignee(row: Callback): string {
    if (row.assignedToId === null) {
      return 'Team';
    }
    return row.assignedToId === this.userId()
      ? 'You'
      : (row.assignedToName ?? 'Someone');
  }

  protected lastAttempt(row: Callback): string | null {
    const last = row.attempts[row.attempts.length - 1];
    return last
      ? `last: ${attemptResultLabel(last.result).toLowerCase()}`
      : null;
  }

  protected canReassign(row: Callback): boolean {
    return (
      this.canReassignAll() ||
      (row.assignedToId !== null && row.assignedToId === this.userId())
    );
  }

  protected isPending(row: Callback): boolean {
    return this.pendingIds().includes(row.id);
  }
}
