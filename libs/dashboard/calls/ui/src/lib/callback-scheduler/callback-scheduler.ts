import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type {
  ApiError,
  CreateCallbackRequest,
} from '@casebook/shared/contracts';
import { fromLocalInputValue, shortDateTime } from '../time-text';
import {
  CallbackAssigneePicker,
  type CallbackAssignee,
  type CallbackColleagues,
} from './callback-assignee-picker';
import {
  defaultCallbackReason,
  dueInTwoHours,
  dueTomorrowMorning,
} from './callback-due';
import { callbackFieldError, callbackOtherError } from './callback-errors';
import { callbackKeyAction } from './callback-keys';
import {
  OpenCallbacksNotice,
  type OpenCallbacks,
} from './open-callbacks-notice';

// The panel's inputs name these types; importers have always found them here.
export type { CallbackAssignee, CallbackColleagues, OpenCallbacks };

/**
 * The compact "schedule a call-back" panel of the call screen (Alt+B). Outside its text
 * fields, 1 schedules "In 2 hours" and 2 "Tomorrow morning, 9:00" at once; Esc closes.
 * A call-back needs a case: for an anonymous call the panel says so and offers Alt+L.
 */
@Component({
  selector: 'cb-callback-scheduler',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    CallbackAssigneePicker,
    OpenCallbacksNotice,
  ],
  styleUrl: './callback-notice.scss',
  template: `
    <section class="panel" aria-labelledby="cb-callback-title">
      <h2 id="cb-callback-title" #title tabindex="-1">
        Schedule a call-back <kbd aria-hidden="true">Alt+B</kbd>
      </h2>
      @if (!caseId()) {
        <p role="alert">
          This call is anonymous: a call-back needs a linked case. Link one
          first (<kbd>Alt+L</kbd>), then press <kbd>Alt+B</kbd> again.
        </p>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="linkCase.emit()">
            Link a case <kbd aria-hidden="true">Alt+L</kbd>
          </button>
          <button mat-button type="button" (click)="cancelled.emit()">
            Close
          </button>
        </div>
      } @else {
        @if (caseAlert(); as alert) {
          <p class="callback-alert callback-notice" role="alert">
            Caller alert: {{ alert }}. Check that the time fits it: 1 and 2
            choose a time, Enter schedules it.
          </p>
        }
        <cb-open-callbacks-notice
          [callbacks]="openCallbacks()"
          [userId]="userId()"
        />
        <form novalidate (submit)="$event.preventDefault(); submitCustom()">
          <mat-form-field
            appearance="outline"
            class="reason"
            subscriptSizing="dynamic"
          >
            <mat-label>Reason</mat-label>
            <input
              matInput
              autocomplete="off"
              name="reason"
              [value]="reason()"
              (input)="reason.set($any($event.target).value)"
            />
            @if (fieldError('reason'); as message) {
              <mat-hint class="field-error" role="alert">{{
                message
              }}</mat-hint>
            }
          </mat-form-field>

          <cb-callback-assignee-picker
            [(assignee)]="assignee"
            [colleagueId]="colleagueId()"
            (colleagueIdChange)="pickColleague($event)"
            [colleagues]="colleagues()"
            [missing]="colleagueMissing()"
          />

          <div class="when" role="group" aria-label="When">
            <button
              #first
              mat-flat-button
              type="button"
              [disabled]="saving()"
              (click)="scheduleAt(twoHours())"
            >
              <kbd aria-hidden="true">1</kbd> In 2 hours
              <span class="at">{{ twoHoursText() }}</span>
            </button>
            <button
              #second
              mat-flat-button
              type="button"
              [disabled]="saving()"
              (click)="scheduleAt(tomorrow())"
            >
              <kbd aria-hidden="true">2</kbd> Tomorrow morning, 9:00
              <span class="at">{{ tomorrowText() }}</span>
            </button>
            <button
              mat-stroked-button
              type="button"
              [attr.aria-expanded]="custom()"
              (click)="custom.set(!custom())"
            >
              Custom…
            </button>
          </div>

          @if (custom()) {
            <div class="custom">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>Due (local time)</mat-label>
                <input
                  matInput
                  type="datetime-local"
                  name="dueAt"
                  [value]="customValue()"
                  (input)="customValue.set($any($event.target).value)"
                />
              </mat-form-field>
              <button mat-flat-button type="submit" [disabled]="saving()">
                Schedule
              </button>
            </div>
          }
          @if (fieldError('dueAt'); as message) {
            <p class="field-error" role="alert">Due time: {{ message }}</p>
          }
          @if (otherError(); as message) {
            <p class="field-error" role="alert">Not scheduled: {{ message }}</p>
          }
          @if (saving()) {
            <p role="status">Scheduling…</p>
          }
          <div class="actions">
            <button mat-button type="button" (click)="cancelled.emit()">
              Close <kbd aria-hidden="true">Esc</kbd>
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .panel {
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0.5rem 0;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .reason {
      width: min(100%, 32rem);
    }
    .when,
    .custom,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .at {
      margin-left: 0.25rem;
      opacity: 0.85;
    }
    .field-error {
      color: var(--mat-sys-error);
    }
    kbd {
      font: var(--mat-sys-label-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'onKeydown($event)' },
})
export class CallbackScheduler {
  /** The linked case; null for an anonymous call, which cannot get a call-back. */
  readonly caseId = input<string | null>(null);
  /** The signed-in counselor, assigned when "Me" is chosen. */
  readonly userId = input.required<string>();
  /** The call, only once the server has it (else the call-back would point nowhere). */
  readonly sourceCallId = input<string | null>(null);
  /** When the call started: the prefilled reason names its date. */
  readonly callStartedAt = input.required<string>();
  /** Epoch ms, for the quick choices. */
  readonly now = input.required<number>();
  readonly saving = input(false);
  /**
   * The case's caller alert ("Call back after 6 pm only"): shown above the choices, and
   * while there is one, 1 and 2 only choose a time (Enter schedules), so it is read first.
   */
  readonly caseAlert = input<string | null>(null);
  /**
   * The case's open call-backs (null items while being read): listed above the choices,
   * and while there are any, 1 and 2 only choose a time, as with an alert.
   */
  readonly openCallbacks = input<OpenCallbacks>({
    items: null,
    total: 0,
    error: null,
  });
  /** The last refusal, with `fields` naming `dueAt`, `reason`, … */
  readonly error = input<ApiError | null>(null);
  /** Active counselors and supervisors other than the user, for "Colleague". */
  readonly colleagues = input<CallbackColleagues>({
    members: [],
    loading: false,
    error: null,
  });

  readonly scheduled = output<CreateCallbackRequest>();
  readonly cancelled = output<void>();
  readonly linkCase = output<void>();

  private readonly firstChoice = viewChild('first', {
    read: ElementRef<HTMLButtonElement>,
  });
  private readonly secondChoice = viewChild('second', {
    read: ElementRef<HTMLButtonElement>,
  });
  private readonly titleEl = viewChild('title', {
    read: ElementRef<HTMLElement>,
  });

  protected readonly reason = linkedSignal(() =>
    defaultCallbackReason(this.callStartedAt()),
  );
  protected readonly assignee = signal<CallbackAssignee>('me');
  protected readonly custom = signal(false);
  protected readonly customValue = signal('');
  private readonly customMissing = signal(false);
  protected readonly colleagueId = signal<string | null>(null);
  protected readonly colleagueMissing = signal(false);

  protected readonly twoHours = computed(() => dueInTwoHours(this.now()));
  protected readonly tomorrow = computed(() => dueTomorrowMorning(this.now()));
  protected readonly twoHoursText = computed(() =>
    shortDateTime(this.twoHours().toISOString()),
  );
  protected readonly tomorrowText = computed(() =>
    shortDateTime(this.tomorrow().toISOString()),
  );
  protected readonly otherError = computed(() =>
    callbackOtherError(this.error()),
  );

  /** Focus on "In 2 hours" (or the notice of an anonymous call), so 1 and 2 work at once. */
  focus(): void {
    (this.firstChoice() ?? this.titleEl())?.nativeElement.focus();
  }

  protected fieldError(name: string): string | null {
    if (name === 'dueAt' && this.customMissing()) {
      return 'choose a date and time.';
    }
    return callbackFieldError(this.error(), name);
  }

  protected pickColleague(id: string | null): void {
    this.colleagueId.set(id);
    this.colleagueMissing.set(false);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const action = callbackKeyAction(event, Boolean(this.caseId()));
    if (action) {
      event.preventDefault();
    }
    if (action === 'close') {
      this.cancelled.emit();
    } else if (action === 'in-two-hours') {
      this.choose(this.firstChoice(), this.twoHours());
    } else if (action === 'tomorrow-morning') {
      this.choose(this.secondChoice(), this.tomorrow());
    }
  }

  /** A quick choice: at once, or, when the case has an alert or open call-backs, only focused for Enter. */
  private choose(
    button: ElementRef<HTMLButtonElement> | undefined,
    due: Date,
  ): void {
    const lookFirst =
      !!this.caseAlert() || (this.openCallbacks().items?.length ?? 0) > 0;
    if (lookFirst && button) {
      button.nativeElement.focus();
    } else {
      this.scheduleAt(due);
    }
  }

  protected submitCustom(): void {
    const dueAt = fromLocalInputValue(this.customValue());
    this.customMissing.set(dueAt === null);
    if (dueAt) {
      this.scheduleAt(new Date(dueAt));
    }
  }

  protected scheduleAt(due: Date): void {
    const caseId = this.caseId();
    if (!caseId || this.saving()) {
      return;
    }
    this.customMissing.set(false);
    const assignee = this.assignee();
    const colleagueId = this.colleagueId();
    if (assignee === 'colleague' && !colleagueId) {
      this.colleagueMissing.set(true);
      return;
    }
    const sourceCallId = this.sourceCallId();
    this.scheduled.emit({
      caseId,
      dueAt: due.toISOString(),
      reason: this.reason().trim(),
      assignedToId: { me: this.userId(), team: null, colleague: colleagueId }[
        assignee
      ],
      ...(sourceCallId ? { sourceCallId } : {}),
    });
  }
}
