import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { CallDirection, OverdoseStep } from '@casebook/shared/contracts';
import { CALL_NOTES_MAX_LENGTH } from '@casebook/shared/domain';
import {
  OpenCallActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import {
  CallPageActions,
  callsFeature,
  selectCurrentSaveState,
  newCallId,
  selectCurrentAssessments,
  selectCurrentCall,
  selectCurrentRisk,
  type LinkedCase,
} from '@casebook/dashboard/calls/data-access';
import {
  CallHeader,
  EmergencyDisclosureForm,
  OverdoseGuide,
  ImminentRiskPanel,
  RiskLevelSteps,
  RiskScreen,
  ThirdPartyMarker,
} from '@casebook/dashboard/calls/ui';
// Drawn in @defer blocks (ADR 36): their classes are named only in `imports` and as types.
import {
  HarmReduction,
  OutcomeReferrals,
  SubstancesEntry,
  SymptomPicker,
} from '@casebook/dashboard/calls/ui/sections';
import type {
  HarmReduction as Harm,
  OutcomeReferrals as Outcome,
  SubstancesEntry as Substances,
  SymptomPicker as Symptoms,
} from '@casebook/dashboard/calls/ui/sections';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { filter } from 'rxjs';
import { shortcutFor, type CallShortcut } from './call-shortcuts';
import { instrumentScore } from './draft-edits';
import { FinalCallPanel } from './final-call-panel';
import { CallDialogs } from './call-dialogs';
import { CallbackPanel } from './callback-panel';
import { CallerSection } from './caller-section';
import { CurrentCallEdits } from './current-call-edits';
import { DiscardDraftButton } from './discard-draft-button';
import { discardEmptyDraftOnLeave } from './leave-empty-draft';
import { finalizeWarnings } from './finalize-warnings';
import { namedSubstances } from './named-substances';
import { sectionWhenDrawn } from './section-when-drawn';
import { WithdrawalSection } from './withdrawal-section';

/**
 * The call screen: a draft while the call happens (everything autosaved, and on the
 * device at every keystroke), then read-only with addenda once final. Selects from the
 * store and dispatches; the sections are presentational components.
 */
@Component({
  selector: 'cb-call-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FinalCallPanel,
    CallbackPanel,
    CallHeader,
    CallerSection,
    WithdrawalSection,
    EmergencyDisclosureForm,
    HarmReduction,
    OverdoseGuide,
    SubstancesEntry,
    ImminentRiskPanel,
    OutcomeReferrals,
    RiskLevelSteps,
    RiskScreen,
    SymptomPicker,
    ThirdPartyMarker,
    DiscardDraftButton,
  ],
  templateUrl: './call-page.html',
  styleUrl: './call-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CurrentCallEdits],
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class CallPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly dialogs = inject(CallDialogs);
  private readonly clock = inject(CLOCK);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** What the sections change in the call; the template hands their outputs here. */
  protected readonly edits = inject(CurrentCallEdits);

  /** The `:id` route parameter; undefined on `/calls/new`. */
  readonly id = input<string>();
  /** `/calls/new?caseId=`: a call started from a call-back, its case linked at once. */
  readonly caseId = input<string>();
  /** `/calls/new?direction=outbound`. */
  readonly direction = input<string>();
  /** `/calls/new?callbackId=`: the call-back whose attempt is logged when this call is final. */
  readonly callbackId = input<string>();

  private readonly callerSection = viewChild(CallerSection);
  private readonly withdrawal = viewChild(WithdrawalSection);
  private readonly riskScreen = viewChild(RiskScreen);
  // The sections below the fold are @defer blocks (ADR 36): queried by template name, since
  // naming their class here would put them back into the first download.
  private readonly substancesView = viewChild<Substances>('substancesSection');
  private readonly symptomsView = viewChild<Symptoms>('symptomsSection');
  private readonly outcomeView = viewChild<Outcome>('outcomeSection');
  private readonly harmView = viewChild<Harm>('harmReductionSection');
  protected readonly substancesEntry = sectionWhenDrawn(this.substancesView);
  protected readonly symptoms = sectionWhenDrawn(this.symptomsView);
  protected readonly outcome = sectionWhenDrawn(this.outcomeView);
  protected readonly harmReduction = sectionWhenDrawn(this.harmView);
  private readonly overdoseGuide = viewChild(OverdoseGuide);
  private readonly notesField =
    viewChild<ElementRef<HTMLTextAreaElement>>('notes');
  private readonly callbackPanel = viewChild(CallbackPanel);

  protected readonly call = this.store.selectSignal(selectCurrentCall);
  protected readonly assessments = this.store.selectSignal(
    selectCurrentAssessments,
  );
  protected readonly risk = this.store.selectSignal(selectCurrentRisk);
  /** What the caller named on this call: which naloxone and tolerance prompts apply. */
  protected readonly substances = computed(() => {
    const call = this.call();
    return call ? namedSubstances(call) : { primary: null, coUsed: [] };
  });
  protected readonly opening = this.store.selectSignal(
    callsFeature.selectOpening,
  );
  protected readonly deviceError = this.store.selectSignal(
    callsFeature.selectDeviceError,
  );
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly directory = this.store.selectSignal(
    callsFeature.selectDirectory,
  );
  protected readonly now = signal(this.clock.now());

  protected readonly notesMax = CALL_NOTES_MAX_LENGTH;
  protected readonly sowsScore = computed(() =>
    instrumentScore(this.assessments(), 'sows'),
  );
  protected readonly cowsScore = computed(() =>
    instrumentScore(this.assessments(), 'cows'),
  );

  protected readonly isFinal = computed(
    () => this.call()?.record?.status === 'final',
  );
  protected readonly editable = this.edits.editable;
  protected readonly hasCows = computed(
    () =>
      this.call()?.content.assessments.some((a) => a.instrument === 'cows') ??
      false,
  );
  protected readonly linkedCase = computed<LinkedCase | null>(() => {
    const call = this.call();
    return call?.caseChoice === 'linked' || call?.caseChoice === 'pending'
      ? (call.linkedCase ?? null)
      : null;
  });
  protected readonly title = computed(() => {
    const call = this.call();
    if (!call) {
      return 'Call';
    }
    if (call.caseChoice === 'anonymous') {
      return 'Call · anonymous caller';
    }
    const linked = call.linkedCase;
    return linked && call.content.caseId
      ? `Call · ${linked.alias} (${linked.caseNumber})`
      : 'New call';
  });
  /** One source for the header's status line and the finalize dialog, so they agree. */
  protected readonly saveState = this.store.selectSignal(
    selectCurrentSaveState,
  );

  private focusedCallId: string | null = null;

  /** The call on screen while it is open and not marked ended: it keeps the session alive (ADR 23). */
  private readonly openCallId = computed(() => {
    const call = this.call();
    return call &&
      call.createdOnServer &&
      !this.isFinal() &&
      !call.content.endedAt
      ? call.id
      : null;
  });

  constructor() {
    discardEmptyDraftOnLeave(this.id);
    effect(() => {
      const callId = this.openCallId();
      this.store.dispatch(
        callId
          ? OpenCallActions.callOnScreen({ callId })
          : OpenCallActions.noCallOnScreen(),
      );
    });
    inject(DestroyRef).onDestroy(() =>
      this.store.dispatch(OpenCallActions.noCallOnScreen()),
    );
    const timer = setInterval(() => this.now.set(this.clock.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));

    // `/calls/:id` reuses this page when only the id changes.
    effect(() => {
      const id = this.id();
      if (id) {
        untracked(() => this.store.dispatch(CallPageActions.opened({ id })));
      }
    });
    // A call that has no caller yet starts in the lookup field; a call started from a
    // call-back already knows its caller, so it starts in the notes.
    effect(() => {
      const call = this.call();
      if (!call || !this.editable() || this.focusedCallId === call.id) {
        return;
      }
      if (call.caseChoice === 'pending') {
        this.focusedCallId = call.id;
        afterNextRender(() => this.callerSection()?.focus(), {
          injector: this.injector,
        });
      } else if (call.callbackId && call.caseChoice === 'linked') {
        this.focusedCallId = call.id;
        afterNextRender(() => this.notesField()?.nativeElement.focus(), {
          injector: this.injector,
        });
      }
    });
  }

  ngOnInit(): void {
    if (this.id() === undefined) {
      // "New call": a draft exists on this device at once; the URL then names it, so a
      // reload reopens this call instead of starting another.
      const id = newCallId();
      const direction = this.direction();
      this.store.dispatch(
        CallPageActions.newCallStarted({
          id,
          startedAt: new Date(this.clock.now()).toISOString(),
          ...(direction === 'outbound' || direction === 'inbound'
            ? { direction: direction as CallDirection }
            : {}),
          ...(this.caseId() ? { caseId: this.caseId() } : {}),
          ...(this.callbackId() ? { callbackId: this.callbackId() } : {}),
        }),
      );
      void this.router.navigate(['/calls', id], { replaceUrl: true });
    }
  }

  /** Alt+B: the call-back panel, focused on its first quick choice. */
  protected openScheduler(): void {
    this.callbackPanel()?.show();
  }

  /** "Link a case" from the panel of an anonymous call: the lookup, as Alt+L. */
  protected linkCaseForCallback(): void {
    this.callerSection()?.focus();
  }

  /** Esc in a scale or the risk screen: focus goes to that section's heading. */
  protected leaveTo(headingId: string): void {
    this.host.nativeElement
      .querySelector<HTMLElement>(`#${headingId}`)
      ?.focus();
  }

  protected confirmFinalize(): void {
    const call = this.call();
    if (!call || !this.editable() || this.dialogs.isOpen()) {
      return;
    }
    this.dialogs
      .confirmFinalize(
        finalizeWarnings(
          call,
          this.assessments(),
          this.risk(),
          this.clock.now(),
        ),
        !!call.callbackId,
        this.saveState() ?? undefined,
      )
      .pipe(filter((choice) => choice !== null))
      .subscribe((choice) =>
        this.store.dispatch(
          CallPageActions.finalizeConfirmed({
            id: call.id,
            ...(choice.callbackResult
              ? { callbackResult: choice.callbackResult }
              : {}),
          }),
        ),
      );
  }

  protected openShortcuts(): void {
    if (!this.dialogs.isOpen()) {
      this.dialogs.showShortcuts();
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.dialogs.isOpen()) {
      return;
    }
    const shortcut = shortcutFor(event);
    if (shortcut) {
      event.preventDefault();
      this.run(shortcut);
    }
  }

  private run(shortcut: CallShortcut): void {
    const editable = this.editable();
    switch (shortcut) {
      case 'help':
        return this.openShortcuts();
      case 'finalize':
        return this.confirmFinalize();
      case 'save':
        return this.edits.saveNow();
    }
    if (!editable) {
      return;
    }
    switch (shortcut) {
      case 'lookup':
        return this.callerSection()?.focus();
      case 'sows':
        return this.withdrawal()?.focusSows();
      case 'cows':
        return this.withdrawal()?.focusCows();
      case 'last-use':
        return this.withdrawal()?.focusLastUse();
      case 'symptoms':
        return this.symptoms()?.focus();
      case 'risk':
        return this.riskScreen()?.focusCurrent();
      case 'notes':
        return this.notesField()?.nativeElement.focus();
      case 'outcome':
        return this.outcome()?.focus();
      case 'harm-reduction':
        return this.harmReduction()?.focus();
      case 'substances':
        return this.substancesEntry()?.focus();
      case 'overdose':
        return this.openOverdoseGuide();
      case 'callback':
        return this.openScheduler();
    }
  }

  /** Alt+X: opens the overdose guide (once per call) and puts the focus on its next step. */
  private openOverdoseGuide(): void {
    this.edits.openOverdoseGuide(this.clock.now());
    afterNextRender(() => this.overdoseGuide()?.focus(), {
      injector: this.injector,
    });
  }

  protected overdoseStepDone(step: OverdoseStep): void {
    this.edits.overdoseStepDone(step, this.clock.now());
    afterNextRender(() => this.overdoseGuide()?.focus(), {
      injector: this.injector,
    });
  }

  /** Xylazine named on the call: the guide's xylazine note stands out. */
  protected readonly xylazineNamed = computed(() => {
    const { primary, coUsed } = this.substances();
    return primary === 'xylazine' || coUsed.includes('xylazine');
  });

  /** After the lookup, the next thing asked is the last use (the scripted call's order). */
  protected callerChosen(): void {
    afterNextRender(() => this.withdrawal()?.focusLastUse(), {
      injector: this.injector,
    });
  }
}
