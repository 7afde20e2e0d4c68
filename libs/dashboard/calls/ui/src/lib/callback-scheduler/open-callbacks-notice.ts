import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ApiError, Callback } from '@casebook/shared/contracts';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';
import { callbackAssigneeText } from '../callback-assignee-text';

/** What the panel knows of the case's open call-backs; `items` is null until read. */
export interface OpenCallbacks {
  items: readonly Callback[] | null;
  total: number;
  error: ApiError | null;
}

/**
 * The case's open call-backs, above the panel's choices (issue 12 item 6): a second one
 * is often a duplicate. Each says when, for whom and why; more than fit are counted.
 */
@Component({
  selector: 'cb-open-callbacks-notice',
  imports: [DateTimePipe],
  styleUrl: './callback-notice.scss',
  template: `
    @let open = callbacks();
    @if (open.error; as error) {
      <p class="callback-notice" role="alert">
        Could not check this case's open call-backs: {{ error.message }}
      </p>
    } @else if (open.items === null) {
      <p class="muted" role="status">Checking this case's open call-backs…</p>
    } @else if (open.items.length === 0) {
      <p class="muted" role="status">This case has no open call-back.</p>
    } @else {
      <div class="callback-notice" role="alert">
        <p>
          This case already has {{ open.total }} open call-back{{
            open.total === 1 ? '' : 's'
          }}. Check this is not a duplicate: 1 and 2 choose a time, Enter
          schedules it.
        </p>
        <ul>
          @for (callback of open.items; track callback.id) {
            <li>
              <time [attr.datetime]="callback.dueAt">{{
                callback.dueAt | dateTime: { zone: true }
              }}</time>
              @if (callback.overdue) {
                <strong> (overdue)</strong>
              }
              — {{ assigneeText(callback) }} — {{ callback.reason }}
            </li>
          }
        </ul>
        @if (open.total > open.items.length) {
          <p>and {{ open.total - open.items.length }} more in the queues.</p>
        }
      </div>
    }
  `,
  styles: `
    .callback-notice p,
    .callback-notice ul {
      margin: 0.25rem 0;
    }
    .callback-notice ul {
      padding-left: 1.25rem;
    }
    .muted {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenCallbacksNotice {
  /** The case's open call-backs as read when the panel opened. */
  readonly callbacks = input.required<OpenCallbacks>();
  /** The signed-in user, so their own read "you". */
  readonly userId = input<string | null>(null);

  protected assigneeText(callback: Callback): string {
    return callbackAssigneeText(callback, this.userId());
  }
}
