import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { InstrumentId, Severity } from '@casebook/shared/contracts';
import { getInstrument } from '@casebook/shared/domain';

/** How each severity is named to people; the badge always shows the word, never only a color. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  none: 'None',
  mild: 'Mild',
  moderate: 'Moderate',
  'moderately-severe': 'Moderately severe',
  severe: 'Severe',
};

/** "Moderate", or "No band" for a partial assessment. */
export function severityLabel(severity: Severity | null | undefined): string {
  return severity ? SEVERITY_LABELS[severity] : 'No band';
}

/**
 * A withdrawal score at a glance: instrument, total and band, e.g. "SOWS 14 · Moderate".
 * The band's color backs the text up; the text alone carries the meaning (WCAG 1.4.1),
 * so it reads the same in grayscale. Screen readers hear one phrase, "SOWS 32, severe",
 * not the visual pieces and their separator. A partly answered instrument (no total, no
 * severity) reads "SOWS · partial, no total".
 */
@Component({
  selector: 'cb-severity-badge',
  template: `<span class="badge" [attr.data-severity]="severity() ?? 'partial'"
    ><span class="dot" aria-hidden="true"></span
    ><span class="instrument" aria-hidden="true">{{ abbreviation() }}</span>
    @if (total() !== null) {
      <span class="total" aria-hidden="true">{{ total() }}</span>
    }
    <span class="sep" aria-hidden="true">·</span
    ><span class="band" aria-hidden="true">{{ bandText() }}</span
    ><span class="cdk-visually-hidden">{{ spoken() }}</span></span
  >`,
  styleUrl: './severity-badge.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeverityBadge {
  /** The band the server (or `scoreAssessment`) gave the total; null when the instrument is partial. */
  readonly severity = input<Severity | null>(null);
  /** The instrument's total; null when it is partial. */
  readonly total = input<number | null>(null);
  /** Which instrument scored it: the same total means different things on SOWS and COWS. */
  readonly instrument = input.required<InstrumentId>();

  protected readonly abbreviation = computed(
    () =>
      getInstrument(this.instrument())?.abbreviation ??
      this.instrument().toUpperCase(),
  );
  /** What a screen reader says: "SOWS 32, severe" or "SOWS, partial, no total". */
  protected readonly spoken = computed(() => {
    const total = this.total();
    return `${this.abbreviation()}${total !== null ? ` ${total}` : ''}, ${this.bandText().toLowerCase()}`;
  });
  protected readonly bandText = computed(() => {
    const severity = this.severity();
    return severity ? SEVERITY_LABELS[severity] : 'partial, no total';
  });
}
