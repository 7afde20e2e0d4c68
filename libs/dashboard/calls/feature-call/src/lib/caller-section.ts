import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import type {
  CallerRelation,
  CaseSummary,
  CreateCaseRequest,
} from '@casebook/shared/contracts';
import {
  CallPageActions,
  CaseLookupActions,
  callsFeature,
  type CallDraft,
  type LinkedCase,
} from '@casebook/dashboard/calls/data-access';
import {
  CallerRelationPicker,
  CaseLookup,
  SUBSTANCE_LABELS,
  timeAgo,
} from '@casebook/dashboard/calls/ui';
import { SeverityBadge, formatPhone } from '@casebook/dashboard/shared/ui';

/**
 * Who is calling: their relation to the person (self by default; ADR 30), then the lookup
 * while no case is chosen, else the linked case (or "anonymous") with a way to change it
 * while the call is a draft.
 */
@Component({
  selector: 'cb-caller-section',
  imports: [MatButtonModule, CallerRelationPicker, CaseLookup, SeverityBadge],
  template: `
    @let current = call();
    <cb-caller-relation-picker
      [relation]="current.content.callerRelation"
      [disabled]="!editable()"
      (relationChange)="setRelation($event)"
    />
    @if (current.caseChoice === 'pending') {
      <cb-case-lookup
        [query]="lookup().query"
        [results]="lookup().results"
        [total]="lookup().total"
        [loading]="lookup().loading"
        [error]="lookup().error?.message ?? null"
        [now]="now()"
        [createStatus]="caseCreate().status"
        [createError]="caseCreate().error"
        [current]="current.content.caseId ? current.linkedCase : null"
        (queryChange)="search($event)"
        (pick)="pick($event)"
        (anonymous)="chooseAnonymous()"
        (createOpened)="createOpened()"
        (createCase)="createCase($event)"
        (keepCurrent)="keepCurrent()"
      />
    } @else if (
      current.caseChoice === 'linked' && current.linkedCase;
      as linked
    ) {
      <p class="name">
        <strong>{{ linked.alias }}</strong>
        <span class="muted">{{ linked.caseNumber }}</span>
        @if (linked.phone) {
          <span class="muted">{{ formatPhone(linked.phone) }}</span>
        }
      </p>
      <p class="meta">
        @if (linked.primarySubstance) {
          <span>{{ substanceLabels[linked.primarySubstance] }}</span>
        }
        @if (linked.latestSeverity; as severity) {
          <span
            >Last score
            <cb-severity-badge
              [instrument]="severity.instrument"
              [total]="severity.total"
              [severity]="severity.severity"
            />
            {{ lastScoreAgo() }}</span
          >
        }
      </p>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!editable()"
        (click)="changeCase()"
      >
        Change case
      </button>
    } @else {
      <p>
        <strong>Anonymous caller.</strong> A case can be linked until the call
        is finalized.
      </p>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!editable()"
        (click)="changeCase()"
      >
        Link a case
      </button>
    }
  `,
  styles: `
    p {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0 0 0.5rem;
    }
    .name {
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallerSection {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly lookupField = viewChild(CaseLookup);

  /** The call being logged. */
  readonly call = input.required<CallDraft>();
  readonly now = input.required<number>();
  readonly editable = input(true);
  /**
   * The caller was just chosen (a case, a new case or anonymous): the page moves the focus
   * on, since the lookup that had it is gone and the focus would drop to the page body.
   */
  readonly chosen = output<void>();

  private lastChoice: CallDraft['caseChoice'] | null = null;
  private readonly announceChoice = effect(() => {
    const choice = this.call().caseChoice;
    const lookupHadFocus = this.lastChoice === 'pending';
    this.lastChoice = choice;
    if (lookupHadFocus && choice !== 'pending') {
      this.chosen.emit();
    }
  });

  protected readonly lookup = this.store.selectSignal(
    callsFeature.selectLookup,
  );
  protected readonly caseCreate = this.store.selectSignal(
    callsFeature.selectCaseCreate,
  );
  protected readonly substanceLabels = SUBSTANCE_LABELS;
  protected readonly formatPhone = formatPhone;
  protected readonly lastScoreAgo = computed(() =>
    timeAgo(
      this.call().linkedCase?.latestSeverity?.recordedAt ?? null,
      this.now(),
    ),
  );

  /** Alt+L: the lookup field, opening it first when a case (or anonymous) was chosen. */
  focus(): void {
    if (this.call().caseChoice === 'pending') {
      this.lookupField()?.focus();
    } else if (this.editable()) {
      this.changeCase();
    }
  }

  protected setRelation(callerRelation: CallerRelation): void {
    if (this.editable()) {
      this.store.dispatch(
        CallPageActions.contentChanged({
          id: this.call().id,
          changes: { callerRelation },
        }),
      );
    }
  }

  protected search(query: string): void {
    this.store.dispatch(CaseLookupActions.queryChanged({ query }));
  }

  protected pick(linkedCase: CaseSummary | LinkedCase): void {
    this.store.dispatch(
      CallPageActions.casePicked({
        id: this.call().id,
        linkedCase: linkedCase as CaseSummary,
      }),
    );
  }

  protected keepCurrent(): void {
    const linked = this.call().linkedCase;
    if (linked) {
      this.pick(linked);
    }
  }

  protected chooseAnonymous(): void {
    this.store.dispatch(
      CallPageActions.anonymousChosen({ id: this.call().id }),
    );
  }

  protected createOpened(): void {
    this.store.dispatch(CaseLookupActions.createCaseOpened());
  }

  protected createCase(request: CreateCaseRequest): void {
    this.store.dispatch(
      CaseLookupActions.createCaseSubmitted({
        callId: this.call().id,
        request,
      }),
    );
  }

  protected changeCase(): void {
    this.store.dispatch(
      CallPageActions.changeCaseClicked({ id: this.call().id }),
    );
    afterNextRender(() => this.lookupField()?.focus(), {
      injector: this.injector,
    });
  }
}
