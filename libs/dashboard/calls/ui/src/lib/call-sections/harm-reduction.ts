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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  NALOXONE_PROMPT,
  NALOXONE_REASON_MAX_LENGTH,
  namesOpioid,
  type NamedSubstances,
} from '@casebook/shared/domain';
import { toleranceFor } from '../withdrawal-estimate';

let nextId = 0;

/**
 * Naloxone and overdose education. When the hours since last use say tolerance is
 * falling or lost (`toleranceWarningFor`: not for methadone or buprenorphine), the
 * warning's words for the caller appear above the two checkboxes, which it describes.
 * Otherwise, on any call where an opioid is named, the naloxone prompt does.
 */
@Component({
  selector: 'cb-harm-reduction',
  imports: [
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
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
    } @else if (opioidNamed()) {
      <div class="prompt" [id]="uid" [attr.data-done]="naloxoneDiscussed()">
        <p class="title">An opioid is named: offer naloxone</p>
        <p class="say">
          <span class="say-label">Say:</span> “{{ naloxone.callerText }}”
        </p>
        <p class="source">{{ naloxone.source }}</p>
      </div>
    }
    <div class="checks">
      <mat-checkbox
        [checked]="naloxoneDiscussed()"
        [disabled]="disabled()"
        [aria-describedby]="described() ? uid : ''"
        (change)="naloxoneDiscussedChange.emit($event.checked)"
        >Naloxone (Narcan) discussed</mat-checkbox
      >
      <mat-checkbox
        [checked]="overdoseEducationGiven()"
        [disabled]="disabled()"
        [aria-describedby]="described() ? uid : ''"
        (change)="overdoseEducationGivenChange.emit($event.checked)"
        >Overdose education given</mat-checkbox
      >
    </div>
    @if (opioidNamed() && !naloxoneDiscussed()) {
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="reason"
      >
        <mat-label>Why naloxone was not discussed</mat-label>
        <input
          matInput
          [attr.maxlength]="reasonMax"
          [disabled]="disabled()"
          [value]="naloxoneNotDiscussedReason()"
          (input)="
            naloxoneNotDiscussedReasonChange.emit($any($event.target).value)
          "
        />
        <mat-hint>For example: has two kits at home; caller hung up.</mat-hint>
      </mat-form-field>
    }
  `,
  styleUrl: './harm-reduction.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HarmReduction {
  readonly lastUseAt = input<string | null>(null);
  /** What the caller named on this call: which prompt and warning apply. */
  readonly substances = input<NamedSubstances>({ primary: null, coUsed: [] });
  readonly naloxoneNotDiscussedReason = input('');
  readonly now = input.required<number>();
  readonly naloxoneDiscussed = input(false);
  readonly overdoseEducationGiven = input(false);
  readonly disabled = input(false);

  readonly naloxoneDiscussedChange = output<boolean>();
  readonly overdoseEducationGivenChange = output<boolean>();
  readonly naloxoneNotDiscussedReasonChange = output<string>();
  protected readonly reasonMax = NALOXONE_REASON_MAX_LENGTH;

  private readonly firstCheckbox = viewChild.required(MatCheckbox);

  protected readonly uid = `cb-tolerance-${nextId++}`;
  protected readonly warning = computed(() =>
    toleranceFor(this.lastUseAt(), this.now(), this.substances()),
  );
  protected readonly opioidNamed = computed(() =>
    namesOpioid(this.substances()),
  );
  protected readonly described = computed(
    () => this.warning() !== null || this.opioidNamed(),
  );
  protected readonly naloxone = NALOXONE_PROMPT;
  /** Focuses the first checkbox (Alt+H). */
  focus(): void {
    this.firstCheckbox().focus();
  }

  protected readonly bothDone = computed(
    () => this.naloxoneDiscussed() && this.overdoseEducationGiven(),
  );
}
