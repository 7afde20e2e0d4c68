import { Injectable, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import type {
  CallOutcome,
  EmergencyDisclosure,
  OverdoseStep,
  Referral,
  ReferralResource,
} from '@casebook/shared/contracts';
import {
  CallPageActions,
  ReferralDirectoryActions,
  isEditable,
  selectCurrentCall,
  type DraftChanges,
} from '@casebook/dashboard/calls/data-access';
import type {
  DirectorySearch,
  DisclosureField,
  RiskAnswer,
} from '@casebook/dashboard/calls/ui';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { isTextField } from './call-shortcuts';

/**
 * The call screen's edits to the call being logged, as actions on its draft: the content
 * fields, the risk screen and its emergency disclosure, the referral directory, "save now".
 * Provided by `CallPage`, whose template hands each section's output straight here.
 */
@Injectable()
export class CurrentCallEdits {
  private readonly store = inject(Store);
  private readonly clock = inject(CLOCK);
  private readonly call = this.store.selectSignal(selectCurrentCall);

  /** A draft neither final, discarded nor being finalized: its content takes edits. */
  readonly editable = computed(() => {
    const call = this.call();
    return call !== null && isEditable(call);
  });

  change(changes: DraftChanges): void {
    const call = this.call();
    if (call && this.editable()) {
      this.store.dispatch(
        CallPageActions.contentChanged({ id: call.id, changes }),
      );
    }
  }

  /** Alt+X: the overdose guide opens on the call, timed, and the board learns of it at once. */
  openOverdoseGuide(now: number): void {
    const call = this.call();
    if (call && !call.content.overdose) {
      this.change({
        overdose: { openedAt: new Date(now).toISOString(), steps: [] },
      });
      this.saveNow();
    }
  }

  overdoseStepDone(step: OverdoseStep, now: number): void {
    const overdose = this.call()?.content.overdose;
    if (overdose && !overdose.steps.some((done) => done.step === step)) {
      this.change({
        overdose: {
          ...overdose,
          steps: [
            ...overdose.steps,
            { step, doneAt: new Date(now).toISOString() },
          ],
        },
      });
      this.saveNow();
    }
  }

  riskAnswered({ questionId, answer }: RiskAnswer): void {
    this.withCall((id) =>
      this.store.dispatch(
        CallPageActions.riskAnswered({ id, questionId, answer }),
      ),
    );
  }

  disclosureFieldChanged({
    field,
    value,
  }: {
    field: DisclosureField;
    value: string;
  }): void {
    this.withCall((id) =>
      this.store.dispatch(
        CallPageActions.disclosureFieldChanged({ id, field, value }),
      ),
    );
  }

  disclosureDraftChanged(draft: EmergencyDisclosure): void {
    this.withCall((id) =>
      this.store.dispatch(
        CallPageActions.disclosureDraftChanged({ id, draft }),
      ),
    );
  }

  recordDisclosure(draft: EmergencyDisclosure): void {
    this.withCall((id) =>
      this.store.dispatch(CallPageActions.disclosureRecorded({ id, draft })),
    );
  }

  /** One of the two symptom fields changed (null: that one did not). */
  setSymptoms(symptomIds: string[] | null, freeText: string | null): void {
    const call = this.call();
    if (call) {
      const current = call.content.symptoms;
      this.change({
        symptoms: {
          symptomIds: symptomIds ?? current.symptomIds,
          freeText: freeText ?? current.freeText,
        },
      });
    }
  }

  setOutcome(outcome: CallOutcome | null): void {
    this.change({ outcome });
  }

  setReferrals(referrals: Referral[]): void {
    this.change({ referrals });
  }

  searchDirectory({ referralType, query }: DirectorySearch): void {
    this.store.dispatch(
      ReferralDirectoryActions.queryChanged({ referralType, query }),
    );
  }

  directoryPicked(resource: ReferralResource): void {
    this.store.dispatch(ReferralDirectoryActions.entryPicked({ resource }));
  }

  /** The end-time toggle of the header: ended now, or not ended after all. */
  toggleEnded(): void {
    const call = this.call();
    if (call) {
      this.change({
        endedAt: call.content.endedAt
          ? null
          : new Date(this.clock.now()).toISOString(),
      });
    }
  }

  saveNow(): void {
    this.withCall((id) =>
      this.store.dispatch(CallPageActions.saveNowRequested({ id })),
    );
  }

  /** A text field lost focus: save now rather than after the pause (5b). */
  fieldBlurred(event: FocusEvent): void {
    if (isTextField(event.target)) {
      this.withCall((id) =>
        this.store.dispatch(CallPageActions.fieldBlurred({ id })),
      );
    }
  }

  private withCall(action: (id: string) => void): void {
    const call = this.call();
    if (call) {
      action(call.id);
    }
  }
}
