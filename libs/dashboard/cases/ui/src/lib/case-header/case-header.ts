import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CaseRecord } from '@casebook/shared/contracts';
import {
  hoursSinceLastUse,
  substanceClass,
  withdrawalPhase,
  type WithdrawalPhase,
} from '@casebook/shared/domain';
import { DateTimePipe, SeverityBadge } from '@casebook/dashboard/shared/ui';
import { CASE_STATUS_LABELS, PRIMARY_SUBSTANCE_LABELS } from '../labels';
import { HoursPipe, PhonePipe, RelativeTimePipe } from '../pipes';

/** Hours since last use, and the phase when the estimate applies to the substance. */
export interface LastUseEstimate {
  hours: number;
  /** Null for substances the short-acting estimate does not cover. */
  phase: WithdrawalPhase | null;
}

/** The estimate for a case at `now`, or null without a usable last-use time. */
export function lastUseEstimate(
  record: Pick<CaseRecord, 'lastUseAt' | 'primarySubstance'>,
  now: number,
): LastUseEstimate | null {
  if (!record.lastUseAt) {
    return null;
  }
  const hours = hoursSinceLastUse(record.lastUseAt, new Date(now));
  if (hours === null) {
    return null;
  }
  const shortActing =
    record.primarySubstance !== null &&
    substanceClass(record.primarySubstance) === 'short-acting-opioid';
  return { hours, phase: shortActing ? withdrawalPhase(hours) : null };
}

/**
 * The top of a case page: number and alias as the page heading, the caller alert where
 * nobody can miss it, status, phone, substance, and last use with the withdrawal phase.
 */
@Component({
  selector: 'cb-case-header',
  imports: [
    DateTimePipe,
    MatButtonModule,
    HoursPipe,
    PhonePipe,
    RelativeTimePipe,
    SeverityBadge,
  ],
  templateUrl: './case-header.html',
  styleUrl: './case-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseHeader {
  readonly record = input.required<CaseRecord>();
  /** The current time (ms), for hours since last use. */
  readonly now = input.required<number>();
  /** Whether the "Edit details" button is offered (hidden while editing). */
  readonly canEdit = input(true);
  /** The id of the page heading, for `aria-labelledby` on the page. */
  readonly headingId = input('case-heading');

  readonly edit = output<void>();

  protected readonly statusLabels = CASE_STATUS_LABELS;
  protected readonly substanceLabels = PRIMARY_SUBSTANCE_LABELS;
  protected readonly coUsedText = computed(() =>
    this.record()
      .coUsedSubstances.map((substance) => PRIMARY_SUBSTANCE_LABELS[substance])
      .join(', '),
  );
  protected readonly estimate = computed(() =>
    lastUseEstimate(this.record(), this.now()),
  );
}
