import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { InstrumentId, Severity } from '@casebook/shared/contracts';
import { getInstrument } from '@casebook/shared/domain';
import { SeverityBadge } from '@casebook/dashboard/shared/ui';

/** An instrument's score as the screen shows it: complete, partial or not scorable. */
export type InstrumentScore =
  | {
      status: 'complete';
      total: number;
      severity: Severity;
      bandLabel: string;
      source?: 'server' | 'live';
    }
  | {
      status: 'partial';
      answered: number;
      of: number;
      source?: 'server' | 'live';
    }
  | { status: 'invalid'; message: string; source?: 'server' | 'live' };

/**
 * The live total and band of an instrument, or — while partly answered — "n of 16
 * answered, no total yet" (DESIGN.md: a partial instrument has no total).
 */
@Component({
  selector: 'cb-score-summary',
  imports: [SeverityBadge],
  template: `@switch (score().status) {
    @case ('complete') {
      <cb-severity-badge
        [instrument]="instrument()"
        [total]="total()"
        [severity]="severity()"
      />
    }
    @case ('partial') {
      <span class="partial"
        ><b>{{ abbreviation() }}</b
        >&ngsp;{{ answered() }} of {{ of() }} answered, no total yet</span
      >
    }
    @default {
      <span class="invalid"
        ><b>{{ abbreviation() }}</b
        >&ngsp;answers need checking</span
      >
    }
  }`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
    .partial,
    .invalid {
      padding: 0.125rem 0.625rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .invalid {
      border-color: var(--mat-sys-error);
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreSummary {
  readonly instrument = input.required<InstrumentId>();
  /** The score to show (live from `scoreAssessment`, or the server's after a save). */
  readonly score = input.required<InstrumentScore>();

  protected readonly abbreviation = computed(
    () => getInstrument(this.instrument())?.abbreviation ?? '',
  );
  protected readonly total = computed(() => {
    const score = this.score();
    return score.status === 'complete' ? score.total : null;
  });
  protected readonly severity = computed(() => {
    const score = this.score();
    return score.status === 'complete' ? score.severity : null;
  });
  protected readonly answered = computed(() => {
    const score = this.score();
    return score.status === 'partial' ? score.answered : 0;
  });
  protected readonly of = computed(() => {
    const score = this.score();
    return score.status === 'partial' ? score.of : 0;
  });
}
