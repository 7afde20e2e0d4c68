import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { EmergencyDisclosure } from '@casebook/shared/contracts';
import { IMMINENT_RISK_STEPS } from '@casebook/shared/domain';
import {
  EmergencyDisclosureForm,
  type DisclosureField,
} from '../emergency/emergency-disclosure-form';
import { NATIONAL_LINES } from './national-lines-source';
import { StepText } from './step-text';
/**
 * Shown the moment the screener reaches high risk: the imminent-risk steps in a
 * role="alert" panel (stay engaged, 988/911, tell the supervisor; the 988 Lifeline's name
 * and number from its directory entry, ADR 26) and the form for an
 * emergency disclosure (42 CFR § 2.51: who, to whom, when, why), checked with
 * `emergencyDisclosureProblems` before it becomes part of the call.
 */
@Component({
  selector: 'cb-imminent-risk-panel',
  imports: [EmergencyDisclosureForm, MatIconModule, StepText],
  templateUrl: './imminent-risk-panel.html',
  styleUrl: './imminent-risk-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImminentRiskPanel {
  /** The form as typed so far (kept on the device by the container), or null before it is opened. */
  readonly draft = input<EmergencyDisclosure | null>(null);
  /** The disclosure already recorded in the call, if any. */
  readonly recorded = input<EmergencyDisclosure | null>(null);
  /** Who discloses by default: the signed-in user. */
  readonly userId = input.required<string>();
  readonly userName = input.required<string>();
  readonly now = input.required<number>();
  readonly disabled = input(false);

  /** The form was opened: its starting values (who: the current user; when: now). */
  readonly draftChange = output<EmergencyDisclosure>();
  /** One field typed; the container applies it to the latest form. */
  readonly fieldChange = output<{ field: DisclosureField; value: string }>();
  /** A disclosure that passed the shared checks. */
  readonly record = output<EmergencyDisclosure>();

  protected readonly steps = IMMINENT_RISK_STEPS;

  constructor() {
    // The panel appears when it matters most: read the lines again in case an admin edited one.
    inject(NATIONAL_LINES, { optional: true })?.refresh();
  }
}
