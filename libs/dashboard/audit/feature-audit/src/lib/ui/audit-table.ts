import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { AuditEvent } from '@casebook/shared/contracts';
import { AUDIT_ACTION_LABELS } from '../audit-labels';
import {
  auditTargets,
  formatDetails,
  type AuditTarget,
  type AuditTargetContext,
} from '../audit-target';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

/** A row as shown: the event and the words and links made from it. */
interface AuditRow {
  id: string;
  at: string;
  user: string;
  username: string | null;
  action: string;
  targets: AuditTarget[];
  details: string;
}

/**
 * One page of the trail, in the order given (the server's: newest first). Times are the
 * reader's local time to the second; what a row names is a link where there is a screen
 * for it, so the trail can be followed from the keyboard.
 */
@Component({
  selector: 'cb-audit-table',
  imports: [DateTimePipe, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './audit-table.html',
  styleUrl: './audit-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTable {
  /** The events to show, in the order to show them. */
  readonly events = input.required<readonly AuditEvent[]>();
  /** What names and links can be made beyond the row itself. */
  readonly context = input.required<AuditTargetContext>();
  readonly loading = input(false);
  /** What the table says when it has no rows. */
  readonly emptyMessage = input('No events.');

  protected readonly columns = ['at', 'user', 'action', 'target', 'details'];

  protected readonly rows = computed((): AuditRow[] => {
    const context = this.context();
    return this.events().map((event) => ({
      id: event.id,
      at: event.at,
      user:
        (event.userId ? context.staffNames[event.userId] : null) ??
        event.username ??
        'Unknown',
      username: event.username,
      action: AUDIT_ACTION_LABELS[event.action] ?? event.action,
      targets: auditTargets(event, context),
      details: formatDetails(event.details),
    }));
  });
}
