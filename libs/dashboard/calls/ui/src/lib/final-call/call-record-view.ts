import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { CallRecord } from '@casebook/shared/contracts';
import {
  CSSRS_QUESTIONS,
  CSSRS_TRIAGE,
  SYMPTOM_CATALOGUE,
} from '@casebook/shared/domain';
import { SeverityBadge } from '@casebook/dashboard/shared/ui';
import { CALLER_RELATION_LABELS, DIRECTION_LABELS, OUTCOME_LABELS, REFERRAL_LABELS } from '../labels';
import { ThirdPartyMarker } from '../call-sections/third-party-marker';
import { elapsedText, shortDateTime } from '../time-text';
import { hoursText } from '../withdrawal-estimate';

const SYMPTOM_LABELS = new Map(
  SYMPTOM_CATALOGUE.map((symptom) => [symptom.id, symptom.label]),
);

/** A finalized call, read-only, with the server's totals and levels and its addenda. */
@Component({
  selector: 'cb-call-record-view',
  imports: [SeverityBadge, ThirdPartyMarker],
  templateUrl: './call-record-view.html',
  styleUrl: './call-record-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallRecordView {
  readonly record = input.required<CallRecord>();

  protected readonly relationLabels = CALLER_RELATION_LABELS;
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly referralLabels = REFERRAL_LABELS;
  protected readonly shortDateTime = shortDateTime;
  protected readonly hoursText = hoursText;

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
