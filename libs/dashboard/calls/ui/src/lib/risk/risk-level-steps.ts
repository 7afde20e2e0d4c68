import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RiskLevel } from '@casebook/shared/contracts';
import {
  CSSRS_TRIAGE,
  RISK_LEVEL_STEPS_SOURCE,
  riskLevelSteps,
} from '@casebook/shared/domain';
import { NATIONAL_LINES } from './national-lines-source';
import { StepText } from './step-text';

let nextId = 0;

/**
 * The next steps of a low or moderate C-SSRS screen, under the screener, as the
 * imminent-risk panel gives high risk its own. A moderate screen offers to plan the
 * 24-hour follow-up call-back at once (the call-back panel, as Alt+B). The 988 step
 * names the Lifeline from its directory entry (ADR 26).
 */
@Component({
  selector: 'cb-risk-level-steps',
  imports: [MatButtonModule, StepText],
  template: `
    @if (steps().length) {
      <section
        class="steps"
        [attr.data-level]="level()"
        [attr.aria-labelledby]="uid"
      >
        <h3 [id]="uid">Next steps for {{ label() }}</h3>
        <ol>
          @for (step of steps(); track step.id) {
            <li [attr.data-step]="step.id"><cb-step-text [step]="step" /></li>
          }
        </ol>
        @if (level() === 'moderate') {
          <button
            mat-stroked-button
            type="button"
            [disabled]="disabled()"
            (click)="planCallback.emit()"
          >
            Plan the follow-up call-back <kbd aria-hidden="true">Alt+B</kbd>
          </button>
        }
        <p class="source">{{ source }}</p>
      </section>
    }
  `,
  styleUrl: './risk-level-steps.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskLevelSteps {
  /** The screen's level so far; none and high show nothing here. */
  readonly level = input.required<RiskLevel>();
  /** A finalized call is read-only. */
  readonly disabled = input(false);
  /** The counselor chose to plan the 24-hour follow-up now. */
  readonly planCallback = output<void>();

  protected readonly uid = `cb-risk-level-steps-${nextId++}`;
  protected readonly source = RISK_LEVEL_STEPS_SOURCE;
  protected readonly steps = computed(() => riskLevelSteps(this.level()));
  protected readonly label = computed(() =>
    CSSRS_TRIAGE[this.level()].label.toLowerCase(),
  );

  constructor() {
    // Here from the moment the call screen opens: the lines are read before any panel needs them.
    inject(NATIONAL_LINES, { optional: true })?.refresh();
  }
}
