import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { BuprenorphineReadiness } from '@casebook/shared/domain';

let nextId = 0;

const STATUS_TEXT: Readonly<
  Record<BuprenorphineReadiness['objectiveWithdrawal'], string>
> = {
  met: 'Objective withdrawal: met',
  'not-met': 'Objective withdrawal: not met',
  unknown: 'Objective withdrawal: not known yet',
};

/**
 * When a caller asks about starting buprenorphine: the guidance from the latest scores
 * (`buprenorphineReadiness` in shared/domain), each line with its source beside it, the
 * helpline's own choices marked as such, and a button that refers with the score summary
 * (ADR 28). Presentational: the container computes the readiness and files the referral.
 */
@Component({
  selector: 'cb-buprenorphine-readiness',
  imports: [MatButtonModule],
  template: `
    <section
      class="readiness"
      [attr.data-status]="readiness().objectiveWithdrawal"
      [attr.aria-labelledby]="uid"
    >
      <h3 [id]="uid">Starting buprenorphine</h3>
      <p class="status">{{ statusText[readiness().objectiveWithdrawal] }}</p>
      <ul class="lines">
        @for (line of readiness().lines; track line.id) {
          <li [attr.data-line]="line.id" [class.ours]="line.ours">
            <span class="text">{{ line.text }}</span>
            <span class="source"
              >{{ line.ours ? 'Our choice' : 'Source' }}:
              {{ line.source }}</span
            >
          </li>
        }
      </ul>
      <p class="summary" [id]="uid + '-summary'">
        <span class="summary-label">Referral note:</span>
        {{ readiness().summary }}
      </p>
      <button
        mat-flat-button
        type="button"
        [disabled]="disabled()"
        [attr.aria-describedby]="uid + '-summary'"
        (click)="referWithSummary.emit(readiness().summary)"
      >
        Refer for buprenorphine with scores
      </button>
    </section>
  `,
  styleUrl: './buprenorphine-readiness.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuprenorphineReadinessPanel {
  /** What the screen says, from `buprenorphineReadiness(...)`. */
  readonly readiness = input.required<BuprenorphineReadiness>();
  /** A finalized call is read-only. */
  readonly disabled = input(false);
  /** The counselor refers for buprenorphine; carries the one-line score summary for the note. */
  readonly referWithSummary = output<string>();

  protected readonly uid = `cb-buprenorphine-readiness-${nextId++}`;
  protected readonly statusText = STATUS_TEXT;
}
