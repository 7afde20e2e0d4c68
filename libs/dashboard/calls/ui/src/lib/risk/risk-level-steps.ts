import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RiskLevel } from '@casebook/shared/contracts';
import { CSSRS_TRIAGE, RISK_LEVEL_STEPS_SOURCE, riskLevelSteps } from '@casebook/shared/domain';

let nextId = 0;

/**
 * The next steps of a low or moderate C-SSRS screen, under the screener, as the
 * imminent-risk panel gives high risk its own. A moderate screen offers to plan the
 * 24-hour follow-up call-back at once (the call-back panel, as Alt+B).
 */
@Component({
  selector: 'cb-risk-level-steps',
  imports: [MatButtonModule],
  template: `
    @if (steps().length) {
      <section class="steps" [attr.data-level]="level()" [attr.aria-labelledby]="uid">
        <h3 [id]="uid">Next steps for {{ label() }}</h3>
        <ol>
          @for (step of steps(); track step.id) {
            <li [attr.data-step]="step.id">{{ step.text }}</li>
          }
        </ol>
        @if (level() === 'moderate') {
          <button mat-stroked-button type="button" [disabled]="disabled()" (click)="planCallback.emit()">
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
  protected readonly label = computed(() => CSSRS_TRIAGE[this.level()].label.toLowerCase());
}
