import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type {
  CallRecord,
  Callback,
  Referral,
  ReferralResource,
} from '@casebook/shared/contracts';
import {
  CSSRS_QUESTIONS,
  CSSRS_TRIAGE,
  SYMPTOM_CATALOGUE,
} from '@casebook/shared/domain';
import { SeverityBadge, formatPhone } from '@casebook/dashboard/shared/ui';
import {
  CALLER_RELATION_LABELS,
  DIRECTION_LABELS,
  OUTCOME_LABELS,
  REFERRAL_LABELS,
} from '../labels';
import { ThirdPartyMarker } from '../call-sections/third-party-marker';
import { elapsedText, shortDateTime } from '../time-text';
import { hoursText } from '../withdrawal-estimate';
import { callbackAssigneeText } from '../callback-assignee-text';

const SYMPTOM_LABELS = new Map(
  SYMPTOM_CATALOGUE.map((symptom) => [symptom.id, symptom.label]),
);

const CALLBACK_STATUS_TEXT: Readonly<Record<Callback['status'], string>> = {
  open: 'open',
  done: 'done',
  cancelled: 'cancelled',
};

/**
 * A finalized call, read-only, with the server's totals and levels and its addenda, the
 * directory entries its referrals name and the call-back set from it (issue 12 item 7).
 */
@Component({
  selector: 'cb-call-record-view',
  imports: [SeverityBadge, ThirdPartyMarker],
  templateUrl: './call-record-view.html',
  styleUrl: './call-record-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallRecordView {
  readonly record = input.required<CallRecord>();
  /** The call-backs scheduled from this call; null while they are being read. */
  readonly callbacks = input<readonly Callback[] | null>(null);
  /** The directory entries the referrals name, as read (retired ones too). */
  readonly resources = input<readonly ReferralResource[]>([]);
  /** Why the call-backs could not be read, if they could not. */
  readonly linksError = input<string | null>(null);
  /** The signed-in user, so their own call-back reads "you". */
  readonly userId = input<string | null>(null);

  protected readonly relationLabels = CALLER_RELATION_LABELS;
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly referralLabels = REFERRAL_LABELS;
  protected readonly shortDateTime = shortDateTime;
  protected readonly hoursText = hoursText;
  protected readonly formatPhone = formatPhone;

  private readonly resourcesById = computed(
    () => new Map(this.resources().map((entry) => [entry.id, entry])),
  );

  protected resourceOf(referral: Referral): ReferralResource | null {
    return referral.resourceId
      ? (this.resourcesById().get(referral.resourceId) ?? null)
      : null;
  }

  protected assigneeText(callback: Callback): string {
    return callbackAssigneeText(callback, this.userId());
  }

  protected callbackStatusText(callback: Callback): string {
    return callback.overdue
      ? 'open, overdue'
      : CALLBACK_STATUS_TEXT[callback.status];
  }

  protected readonly duration = computed(() => {
    const record = this.record();
    return record.endedAt
      ? elapsedText(record.startedAt, Date.parse(record.endedAt))
      : null;
  });
  protected readonly symptoms = computed(() =>
    this.record().symptoms.symptomIds.map((id) => SYMPTOM_LABELS.get(id) ?? id),
  );
  protected readonly riskAnswers = computed(() => {
    const answers = this.record().risk?.answers ?? {};
    return CSSRS_QUESTIONS.filter(
      (question) => answers[question.id] !== undefined,
    ).map((question) => ({
      id: question.id,
      text: question.text,
      answer: answers[question.id] ? 'Yes' : 'No',
    }));
  });
  protected readonly riskLabel = computed(() => {
    const risk = this.record().risk;
    return risk ? CSSRS_TRIAGE[risk.level].label : null;
  });
}
