import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type {
  CallOutcome,
  OverdoseResponse,
  OverdoseStep,
} from '@casebook/shared/contracts';
import {
  OVERDOSE_GUIDE,
  OVERDOSE_GUIDE_SOURCE,
  OVERDOSE_XYLAZINE_NOTE,
} from '@casebook/shared/domain';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

/**
 * The overdose-now guide (Alt+X): a caller with someone unresponsive or not breathing.
 * Each step is marked done with the time, which lands on the call record and the live
 * board at once; the xylazine note and the source stay beside the steps.
 */
@Component({
  selector: 'cb-overdose-guide',
  imports: [DateTimePipe, MatButtonModule, MatIconModule],
  template: `
    <section class="guide" role="region" aria-labelledby="cb-overdose-heading">
      <h2 id="cb-overdose-heading" tabindex="-1">
        <mat-icon svgIcon="error" aria-hidden="true" />
        Overdose happening now <kbd aria-hidden="true">Alt+X</kbd>
      </h2>
      <p class="opened">
        Opened at
        <time [attr.datetime]="response().openedAt">{{
          response().openedAt | dateTime: { style: 'time', seconds: true }
        }}</time>
        · {{ response().steps.length }} of {{ steps.length }} steps done
      </p>
      <ol class="steps">
        @for (step of steps; track step.step) {
          @let doneAt = doneTimes().get(step.step);
          <li [class.done]="doneAt">
            <div class="row">
              <div class="text">
                <strong>{{ step.title }}</strong>
                <span>{{ step.say }}</span>
              </div>
              @if (doneAt) {
                <span class="done-at"
                  >Done at
                  <time [attr.datetime]="doneAt">{{
                    doneAt | dateTime: { style: 'time', seconds: true }
                  }}</time></span
                >
              } @else {
                <button
                  mat-flat-button
                  type="button"
                  [attr.data-step]="step.step"
                  [attr.aria-label]="'Done: ' + step.title"
                  [disabled]="disabled()"
                  (click)="stepDone.emit(step.step)"
                >
                  Done
                </button>
              }
            </div>
          </li>
        }
      </ol>
      <p class="note" [class.named]="xylazineNamed()">
        <strong>Xylazine:</strong> {{ xylazine.text }}
        <span class="source">{{ xylazine.source }}</span>
      </p>
      <div class="actions">
        @if (outcome() !== 'emergency-services') {
          <button
            mat-stroked-button
            type="button"
            [disabled]="disabled()"
            (click)="emergencyOutcome.emit()"
          >
            Set outcome: emergency services involved
          </button>
        } @else {
          <span>Outcome: emergency services involved.</span>
        }
      </div>
      <p class="source">{{ source }}</p>
    </section>
  `,
  styleUrl: './overdose-guide.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverdoseGuide {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly response = input.required<OverdoseResponse>();
  readonly outcome = input<CallOutcome | null>(null);
  /** Whether xylazine is among the substances named on the call: its note stands out. */
  readonly xylazineNamed = input(false);
  readonly disabled = input(false);

  readonly stepDone = output<OverdoseStep>();
  readonly emergencyOutcome = output<void>();

  protected readonly steps = OVERDOSE_GUIDE;
  protected readonly xylazine = OVERDOSE_XYLAZINE_NOTE;
  protected readonly source = OVERDOSE_GUIDE_SOURCE;
  protected readonly doneTimes = computed(
    () => new Map(this.response().steps.map((s) => [s.step, s.doneAt])),
  );

  /** Focuses the first step not done yet, or the heading when all are. */
  focus(): void {
    const next =
      this.host.nativeElement.querySelector<HTMLElement>('button[data-step]') ??
      this.host.nativeElement.querySelector<HTMLElement>('h2');
    next?.focus();
  }
}
