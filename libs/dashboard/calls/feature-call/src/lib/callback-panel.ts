import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { Store } from '@ngrx/store';
import type { CreateCallbackRequest } from '@casebook/shared/contracts';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import {
  CallbackSchedulerActions,
  callbackConfirmation,
  callsFeature,
  selectCallbackColleagues,
  caseCallbacksFeature,
  openCallbacksOf,
  type CallDraft,
} from '@casebook/dashboard/calls/data-access';
import { CallbackScheduler } from '@casebook/dashboard/calls/ui';
import { returnFocus } from '@casebook/dashboard/shared/ui';

/**
 * The call screen's call-back panel (Alt+B) and the confirmation line after it. Selects
 * its own slice of the store (the schedule, the colleagues to hand a call-back to), so the
 * call page only opens it. Opening it dispatches `CallbackSchedulerActions.opened`, which
 * also reads the staff list the first time (`loadStaff$`).
 */
@Component({
  selector: 'cb-callback-panel',
  imports: [CallbackScheduler],
  template: `
    @if (scheduledText(); as text) {
      <p class="banner success" role="status">{{ text }}.</p>
    }
    @if (open() && user(); as me) {
      <cb-callback-scheduler
        class="scheduler"
        [caseId]="call().caseChoice === 'linked' ? call().content.caseId : null"
        [userId]="me.id"
        [sourceCallId]="call().createdOnServer ? call().id : null"
        [caseAlert]="
          call().caseChoice === 'linked'
            ? (call().linkedCase?.alert ?? null)
            : null
        "
        [callStartedAt]="call().content.startedAt"
        [now]="now()"
        [saving]="schedule().status === 'saving'"
        [error]="schedule().error"
        [colleagues]="colleagues()"
        [openCallbacks]="openCallbacks()"
        (scheduled)="submit($event)"
        (cancelled)="close()"
        (linkCase)="linkCase()"
      />
    }
  `,
  styleUrl: './callback-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallbackPanel {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly scheduler = viewChild(CallbackScheduler);
  /** Where the focus was when the panel opened; Esc, and a scheduled call-back, return it there. */
  private focusBefore: HTMLElement | null = null;
  private returnFocusWhenScheduled = false;

  /** The call being logged. */
  readonly call = input.required<CallDraft>();
  /** The page's ticking clock, for the quick choices' labels. */
  readonly now = input.required<number>();
  /** "Link a case" from the panel of an anonymous call (nobody to call back yet). */
  readonly linkCaseRequested = output<void>();

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly schedule = this.store.selectSignal(
    callsFeature.selectCallbackSchedule,
  );
  protected readonly colleagues = this.store.selectSignal(
    selectCallbackColleagues,
  );
  private readonly caseId = computed(() =>
    this.call().caseChoice === 'linked' ? this.call().content.caseId : null,
  );
  /** The case's open call-backs, read as the panel opens (a second one is often a duplicate). */
  private readonly caseCallbacks = this.store.selectSignal(
    caseCallbacksFeature.selectCaseCallbacksState,
  );
  protected readonly openCallbacks = computed(() =>
    openCallbacksOf(this.caseCallbacks(), this.caseId()),
  );
  protected readonly open = computed(() => {
    const schedule = this.schedule();
    return schedule.open && schedule.callId === this.call().id;
  });
  /** "Call-back scheduled for Tue 09:00, assigned to you", for the call it was scheduled from. */
  protected readonly scheduledText = computed(() => {
    const schedule = this.schedule();
    return schedule.scheduled && schedule.callId === this.call().id
      ? callbackConfirmation(schedule.scheduled, this.user()?.id ?? null)
      : null;
  });

  /**
   * Once the call-back is saved the panel closes: the focus goes back, not to the page body,
   * unless a key pressed meanwhile (Ctrl+Enter) opened something that holds it now.
   */
  private readonly focusBackWhenScheduled = effect(() => {
    if (this.scheduledText() && !this.open() && this.returnFocusWhenScheduled) {
      this.returnFocusWhenScheduled = false;
      const target = this.focusBefore;
      this.focusBefore = null;
      afterNextRender(() => returnFocus(target, this.host.nativeElement), {
        injector: this.injector,
      });
    }
  });

  /** Opens the panel (or keeps it open), focused on its first quick choice. */
  show(): void {
    if (!this.open()) {
      const active = this.host.nativeElement.ownerDocument.activeElement;
      this.focusBefore = active instanceof HTMLElement ? active : null;
      this.store.dispatch(
        CallbackSchedulerActions.opened({ callId: this.call().id }),
      );
    }
    afterNextRender(() => this.scheduler()?.focus(), {
      injector: this.injector,
    });
  }

  protected close(): void {
    this.store.dispatch(CallbackSchedulerActions.closed());
    returnFocus(this.focusBefore, this.host.nativeElement);
    this.focusBefore = null;
  }

  protected submit(request: CreateCallbackRequest): void {
    this.returnFocusWhenScheduled = true;
    this.store.dispatch(
      CallbackSchedulerActions.submitted({ callId: this.call().id, request }),
    );
  }

  protected linkCase(): void {
    this.store.dispatch(CallbackSchedulerActions.closed());
    this.focusBefore = null;
    this.linkCaseRequested.emit();
  }
}
