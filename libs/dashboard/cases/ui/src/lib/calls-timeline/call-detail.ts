import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { CallRecord } from '@casebook/shared/contracts';
import { getInstrument } from '@casebook/shared/domain';
import {
  DateTimePipe,
  REFERRAL_TYPE_LABELS,
  SeverityBadge,
} from '@casebook/dashboard/shared/ui';
import { CALL_OUTCOME_LABELS, RISK_LEVEL_LABELS } from '../labels';
import { HoursPipe } from '../pipes';

/** The body of an expanded call: notes, assessments, risk screen, referrals and addenda. */
@Component({
  selector: 'cb-call-detail',
  imports: [DateTimePipe, HoursPipe, SeverityBadge],
  templateUrl: './call-detail.html',
  styleUrl: './call-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallDetail {
  readonly call = input.required<CallRecord>();

  protected readonly outcomeLabels = CALL_OUTCOME_LABELS;
  protected readonly riskLabels = RISK_LEVEL_LABELS;
  protected readonly referralLabels = REFERRAL_TYPE_LABELS;
  protected readonly assessments = computed(() =>
    this.call().assessments.map((assessment) => ({
      ...assessment,
      name:
        getInstrument(assessment.instrument)?.abbreviation ??
        assessment.instrument.toUpperCase(),
    })),
  );
  protected readonly durationMinutes = computed(() => {
    const { startedAt, endedAt } = this.call();
    return endedAt
      ? Math.max(
          0,
          Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 60_000),
        )
      : null;
  });
}
