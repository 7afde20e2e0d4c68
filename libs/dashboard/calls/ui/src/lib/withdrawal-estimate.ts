import type { Substance } from '@casebook/shared/contracts';
import {
  hoursSinceLastUse,
  substanceCourseNote,
  toleranceWarningFor,
  withdrawalPhase,
  type NamedSubstances,
  type SubstanceCourseNote,
  type ToleranceWarning,
  type WithdrawalPhase,
} from '@casebook/shared/domain';
import { SUBSTANCE_LABELS } from './labels';

/** What can be said about withdrawal from the last use and the substance. */
export type WithdrawalEstimate =
  | { kind: 'no-last-use' }
  | {
      kind: 'phase';
      hours: number;
      phase: WithdrawalPhase;
      substanceKnown: boolean;
    }
  | {
      kind: 'not-short-acting';
      hours: number;
      substanceLabel: string;
      note: SubstanceCourseNote;
    }
  | { kind: 'invalid' };

/**
 * The withdrawal phase for heroin, fentanyl or an unknown (possibly short-acting)
 * substance, from `hoursSinceLastUse`/`withdrawalPhase`; for other substances the hours
 * and what to say instead (`substanceCourseNote`: ask the release, long-acting, no
 * timeline, or the danger of alcohol and benzodiazepine withdrawal).
 */
export function withdrawalEstimate(
  substance: Substance | null,
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
  const note = substanceCourseNote(effective);
  if (note) {
    return {
      kind: 'not-short-acting',
      hours,
      substanceLabel: SUBSTANCE_LABELS[effective],
      note,
    };
  }
  return {
    kind: 'phase',
    hours,
    phase: withdrawalPhase(hours),
    substanceKnown: effective !== 'unknown',
  };
}

/**
 * The tolerance warning for a last use of what the caller named, or null (under 72 h, no
 * time, or substances it does not apply to: `toleranceWarningFor`).
 */
export function toleranceFor(
  lastUseAt: string | null,
  now: number,
  substances: NamedSubstances = { primary: null, coUsed: [] },
): ToleranceWarning | null {
  if (!lastUseAt) {
    return null;
  }
  const hours = hoursSinceLastUse(lastUseAt, new Date(now));
  return hours === null ? null : toleranceWarningFor(substances, hours);
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
