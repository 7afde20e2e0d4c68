import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import {
  CALL_OUTCOMES,
  REFERRAL_TYPES,
  type CallOutcome,
  type Referral,
  type ReferralType,
} from '@casebook/shared/contracts';
import { REFERRAL_NOTE_MAX_LENGTH } from '@casebook/shared/domain';
import { OUTCOME_LABELS, REFERRAL_LABELS } from '../labels';

/** How the call ended and where the caller was referred, each referral with a note. */
@Component({
  selector: 'cb-outcome-referrals',
  imports: [
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './outcome-referrals.html',
  styleUrl: './outcome-referrals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutcomeReferrals {
  readonly outcome = input<CallOutcome | null>(null);
  readonly referrals = input<readonly Referral[]>([]);
  readonly disabled = input(false);

  readonly outcomeChange = output<CallOutcome | null>();
  readonly referralsChange = output<Referral[]>();

  private readonly select = viewChild.required(MatSelect);

  protected readonly outcomes = CALL_OUTCOMES;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly types = REFERRAL_TYPES;
  protected readonly referralLabels = REFERRAL_LABELS;
  protected readonly noteMax = REFERRAL_NOTE_MAX_LENGTH;
  protected readonly byType = computed(
    () => new Map(this.referrals().map((r) => [r.type, r])),
  );

  /** Focuses the outcome (Alt+O). */
  focus(): void {
    this.select().focus();
  }

  protected toggle(type: ReferralType, checked: boolean): void {
    const rest = this.referrals().filter((referral) => referral.type !== type);
    const next = checked ? [...rest, { type }] : rest;
    this.referralsChange.emit(this.inOrder(next));
  }

  protected setNote(type: ReferralType, note: string): void {
    this.referralsChange.emit(
      this.referrals().map((referral) =>
        referral.type === type ? { ...referral, note } : referral,
      ),
    );
  }

  private inOrder(referrals: Referral[]): Referral[] {
    return REFERRAL_TYPES.flatMap((type) =>
      referrals.filter((referral) => referral.type === type),
    );
  }
}
