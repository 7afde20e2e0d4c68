import type { PrimarySubstance } from '@casebook/shared/contracts';
import {
  hoursSinceLastUse,
  toleranceWarning,
  withdrawalPhase,
  type ToleranceWarning,
  type WithdrawalPhase,
} from '@casebook/shared/domain';
import { SUBSTANCE_LABELS } from './labels';

/** Substances the short-acting phase estimate is for; unknown is treated as possibly short-acting. */
const SHORT_ACTING: ReadonlySet<PrimarySubstance> = new Set([
  'heroin',
  'fentanyl',
  'unknown',
]);

/** What can be said about withdrawal from the last use and the substance. */
export type WithdrawalEstimate =
  | { kind: 'no-last-use' }
  | {
      kind: 'phase';
      hours: number;
      phase: WithdrawalPhase;
      substanceKnown: boolean;
    }
  | { kind: 'not-short-acting'; hours: number; substanceLabel: string }
  | { kind: 'invalid' };

/**
 * The withdrawal phase for heroin, fentanyl or an unknown (possibly short-acting)
 * substance, from `hoursSinceLastUse`/`withdrawalPhase`; for other substances only the
 * hours, with the reason the phase is not shown.
 */
export function withdrawalEstimate(
  substance: PrimarySubstance | null,
  lastUseAt: string | null,
  now: number,
): WithdrawalEstimate {
  if (!lastUseAt) {
    return { kind: 'no-last-use' };
  }
  const hours = hoursSinceLastUse(lastUseAt, new Date(now));
  if (hours === null) {
    return { kind: 'invalid' };
  }
  const effective = substance ?? 'unknown';
  if (!SHORT_ACTING.has(effective)) {
    return {
      kind: 'not-short-acting',
      hours,
      substanceLabel: SUBSTANCE_LABELS[effective],
    };
  }
  return {
    kind: 'phase',
    hours,
    phase: withdrawalPhase(hours),
    substanceKnown: effective !== 'unknown',
  };
}

/** The tolerance warning for a last use, or null (under 72 h, or no time). */
export function toleranceFor(
  lastUseAt: string | null,
  now: number,
): ToleranceWarning | null {
  if (!lastUseAt) {
    return null;
  }
  const hours = hoursSinceLastUse(lastUseAt, new Date(now));
  return hours === null ? null : toleranceWarning(hours);
}

/** "36 h", "3 days 4 h" — hours since last use in words. */
export function hoursText(hours: number): string {
  const whole = Math.floor(hours);
  if (whole < 48) {
    return `${whole} h`;
  }
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  return rest ? `${days} days ${rest} h` : `${days} days`;
}
