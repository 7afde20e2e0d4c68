import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatCheckbox, MatCheckboxModule } from '@angular/material/checkbox';
import { Store } from '@ngrx/store';
import type { InstrumentId } from '@casebook/shared/contracts';
import {
  COWS,
  REFERRAL_NOTE_MAX_LENGTH,
  SOWS,
  allNamed,
  buprenorphineReadiness,
  substanceClass,
  hoursSinceLastUse,
} from '@casebook/shared/domain';
import {
  CallPageActions,
  selectCurrentAssessments,
  selectCurrentCall,
  type CallDraft,
  type DraftChanges,
} from '@casebook/dashboard/calls/data-access';
import {
  BuprenorphineReadinessPanel,
  InstrumentEntry,
  LastUseEntry,
  ScoreSummary,
  ThirdPartyMarker,
  type InstrumentScore,
  type ItemAnswer,
} from '@casebook/dashboard/calls/ui';
import {
  answeredCount,
  instrumentScore,
  withClinicianPresent,
} from './draft-edits';

const NO_ANSWERS: Readonly<Record<string, number | null>> = {};

/**
 * Withdrawal: when the caller last used (with the phase it suggests), SOWS by keyboard
 * with its live total, and COWS when a clinician is with the caller.
 */
@Component({
  selector: 'cb-withdrawal-section',
  imports: [
    MatCheckboxModule,
    BuprenorphineReadinessPanel,
    InstrumentEntry,
    LastUseEntry,
    ScoreSummary,
    ThirdPartyMarker,
  ],
  templateUrl: './withdrawal-section.html',
  styleUrl: './withdrawal-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawalSection {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly lastUse = viewChild.required(LastUseEntry);
  private readonly sowsEntry = viewChild.required<InstrumentEntry>('sowsEntry');
  private readonly cowsEntry = viewChild<InstrumentEntry>('cowsEntry');
  private readonly cowsToggle = viewChild.required(MatCheckbox);

  /** The call being logged. */
  readonly call = input.required<CallDraft>();
  readonly now = input.required<number>();
  readonly editable = input(true);

  protected readonly sows = SOWS;
  protected readonly cows = COWS;
  private readonly latest = this.store.selectSignal(selectCurrentCall);
  private readonly assessments = this.store.selectSignal(
    selectCurrentAssessments,
  );
  protected readonly sowsAnswers = computed(() => this.answersOf('sows'));
  protected readonly cowsAnswers = computed(() => this.answersOf('cows'));
  protected readonly cowsAnswered = computed(() =>
    answeredCount(this.cowsAnswers()),
  );
  protected readonly hasCows = computed(() =>
    this.call().content.assessments.some(
      (assessment) => assessment.instrument === 'cows',
    ),
  );
  protected readonly sowsScore = computed<InstrumentScore>(() =>
    instrumentScore(this.assessments(), 'sows'),
  );
  protected readonly cowsScore = computed<InstrumentScore>(() =>
    instrumentScore(this.assessments(), 'cows'),
  );
  /** Shown while the caller asks about starting buprenorphine (not stored: the referral is). */
  protected readonly asksBuprenorphine = signal(false);
  /** The published readiness guidance from the latest complete COWS (ADR 28). */
  protected readonly readiness = computed(() => {
    const content = this.call().content;
    const cows = this.cowsScore();
    const recordedAt = this.call().record?.assessments.find(
      (assessment) => assessment.instrument === 'cows',
    )?.recordedAt;
    return buprenorphineReadiness({
      latestCows:
        cows.status === 'complete'
          ? { total: cows.total, at: clockTime(recordedAt ?? new Date(this.now()).toISOString()) }
          : null,
      fentanylNamed:
        content.substance === 'fentanyl' ||
        content.coUsedSubstances.includes('fentanyl'),
      longActingNamed: allNamed({ primary: content.substance, coUsed: content.coUsedSubstances }).some(
        (substance) => substanceClass(substance) === 'long-acting-opioid',
      ),
      hoursSinceLastUse: content.lastUseAt
        ? hoursSinceLastUse(content.lastUseAt, new Date(this.now()))
        : null,
    });
  });

  /** Only a linked case says what the caller uses and when they last did. */
  protected readonly linked = computed(() =>
    this.call().caseChoice === 'linked' ? this.call().linkedCase : null,
  );

  /** Alt+U. */
  focusLastUse(): void {
    this.lastUse().focus();
  }

  /** Alt+S. */
  focusSows(): void {
    this.sowsEntry().focusCurrent();
  }

  /** Alt+C: COWS when added, else the "clinician present" box that adds it. */
  focusCows(): void {
    const entry = this.cowsEntry();
    if (entry) {
      entry.focusCurrent();
    } else {
      this.cowsToggle().focus();
    }
  }

  /** A buprenorphine referral carrying the score summary (added, or its note completed). */
  protected referForBuprenorphine(summary: string): void {
    const referrals = this.latest()?.content.referrals ?? [];
    const existing = referrals.find((referral) => referral.type === 'buprenorphine');
    const noteWith = (note: string | undefined) =>
      (note?.trim() ? `${note.trim()} — ${summary}` : summary).slice(0, REFERRAL_NOTE_MAX_LENGTH);
    this.change({
      referrals: existing
        ? referrals.map((referral) =>
            referral === existing ? { ...referral, note: noteWith(referral.note) } : referral,
          )
        : [...referrals, { type: 'buprenorphine', note: summary }],
    });
  }

  protected change(changes: DraftChanges): void {
    if (this.editable()) {
      this.store.dispatch(
        CallPageActions.contentChanged({ id: this.call().id, changes }),
      );
    }
  }

  protected answer(
    instrument: InstrumentId,
    { itemId, score }: ItemAnswer,
  ): void {
    if (this.editable()) {
      this.store.dispatch(
        CallPageActions.itemAnswered({
          id: this.call().id,
          instrument,
          itemId,
          score,
        }),
      );
    }
  }

  protected setClinicianPresent(present: boolean): void {
    // Read from the store, not the input: it is current even before the page redraws.
    const latest = this.latest();
    if (latest) {
      this.change({
        assessments: withClinicianPresent(latest.content.assessments, present),
      });
    }
  }

  /** Esc in a scale: focus goes to its heading, so digits stop answering. */
  protected leaveTo(headingId: string): void {
    this.host.nativeElement
      .querySelector<HTMLElement>(`#${headingId}`)
      ?.focus();
  }

  private answersOf(
    instrument: InstrumentId,
  ): Readonly<Record<string, number | null>> {
    return (
      this.call().content.assessments.find((a) => a.instrument === instrument)
        ?.answers ?? NO_ANSWERS
    );
  }
}

/** "14:05": when the COWS was scored, as the referral note says it. */
function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', hour12: false });
}
