import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatCheckbox, MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { toleranceFor } from '../withdrawal-estimate';

let nextId = 0;

/**
 * Naloxone and overdose education. When the hours since last use say tolerance is
 * falling or lost (`toleranceWarning`), the warning's words for the caller appear above
 * the two checkboxes, which it describes.
 */
@Component({
  selector: 'cb-harm-reduction',
  imports: [MatCheckboxModule, MatIconModule],
  template: `
    @if (warning(); as w) {
      <div class="warning" [id]="uid" [attr.data-done]="bothDone()">
        <p class="title">
          <mat-icon svgIcon="warning" aria-hidden="true" />
          Tolerance {{ w.level === 'lost' ? 'is likely lost' : 'is falling' }}:
          offer naloxone and overdose education
        </p>
        <p class="say">
          <span class="say-label">Say:</span> “{{ w.callerText }}”
        </p>
      </div>
    }
    <div class="checks">
      <mat-checkbox
        [checked]="naloxoneDiscussed()"
        [disabled]="disabled()"
        [aria-describedby]="warning() ? uid : ''"
        (change)="naloxoneDiscussedChange.emit($event.checked)"
        >Naloxone (Narcan) discussed</mat-checkbox
      >
      <mat-checkbox
        [checked]="overdoseEducationGiven()"
        [disabled]="disabled()"
        [aria-describedby]="warning() ? uid : ''"
        (change)="overdoseEducationGivenChange.emit($event.checked)"
        >Overdose education given</mat-checkbox
      >
    </div>
  `,
  styleUrl: './harm-reduction.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HarmReduction {
  readonly lastUseAt = input<string | null>(null);
  readonly now = input.required<number>();
  readonly naloxoneDiscussed = input(false);
  readonly overdoseEducationGiven = input(false);
  readonly disabled = input(false);

  readonly naloxoneDiscussedChange = output<boolean>();
  readonly overdoseEducationGivenChange = output<boolean>();

  private readonly firstCheckbox = viewChild.required(MatCheckbox);

  protected readonly uid = `cb-tolerance-${nextId++}`;
  protected readonly warning = computed(() =>
    toleranceFor(this.lastUseAt(), this.now()),
  );
  /** Focuses the first checkbox (Alt+H). */
  focus(): void {
    this.firstCheckbox().focus();
  }

  protected readonly bothDone = computed(
    () => this.naloxoneDiscussed() && this.overdoseEducationGiven(),
  );
}
