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
import type { PrimarySubstance } from '@casebook/shared/contracts';
import { NALOXONE_PROMPT, namesOpioid } from '@casebook/shared/domain';
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
  `,
  styleUrl: './harm-reduction.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HarmReduction {
  readonly lastUseAt = input<string | null>(null);
  /** The caller's substance (from the linked case), for which warning applies. */
  readonly substance = input<PrimarySubstance | null>(null);
  readonly now = input.required<number>();
  readonly naloxoneDiscussed = input(false);
  readonly overdoseEducationGiven = input(false);
  readonly disabled = input(false);

  readonly naloxoneDiscussedChange = output<boolean>();
  readonly overdoseEducationGivenChange = output<boolean>();

  private readonly firstCheckbox = viewChild.required(MatCheckbox);

  protected readonly uid = `cb-tolerance-${nextId++}`;
  protected readonly warning = computed(() =>
    toleranceFor(this.lastUseAt(), this.now(), this.substance()),
  );
  protected readonly opioidNamed = computed(() => namesOpioid(this.substance()));
  protected readonly described = computed(() => this.warning() !== null || this.opioidNamed());
  protected readonly naloxone = NALOXONE_PROMPT;
  /** Focuses the first checkbox (Alt+H). */
  focus(): void {
    this.firstCheckbox().focus();
  }

  protected readonly bothDone = computed(
    () => this.naloxoneDiscussed() && this.overdoseEducationGiven(),
  );
}
