import { deepFreeze } from '../util/deep-freeze';

/*
 * Tolerance warning: after some days without opioids tolerance falls, and a dose the
 * person used to take can kill (DESIGN.md: after withdrawal tolerance is lost and
 * overdose risk is high; the call screen prompts naloxone and overdose education).
 * Sources:
 * - SAMHSA Overdose Prevention and Response Toolkit (2023; formerly the SAMHSA Opioid
 *   Overdose Prevention Toolkit, 2018): reduced tolerance after a period of not using
 *   is a key overdose risk; anyone at risk should carry naloxone.
 * - Strang J, McCambridge J, Best D, et al. Loss of tolerance and overdose mortality
 *   after inpatient opiate detoxification: follow up study. BMJ 2003;326:959–60.
 *
 * The literature gives no hour at which tolerance is "gone"; it describes loss after
 * "a period of abstinence", which harm-reduction advice puts as short as a few days.
 * Thresholds chosen, and why:
 * - 72 h ("falling"): three days, the smallest number "a few days" usually means, and
 *   the end of the peak — when a person who has got through the worst may use again.
 * - 240 h ("lost"): ten days, the end of acute withdrawal (DESIGN.md: "after
 *   withdrawal, tolerance is lost").
 * Below 72 h no tolerance warning is given; naloxone advice is still right for anyone
 * who uses opioids, and the call screen may offer it at any time.
 */

/** How far tolerance has likely fallen. */
export type ToleranceLevel = 'falling' | 'lost';

/** What the call screen prompts with a tolerance warning. */
export type TolerancePrompt = 'naloxone' | 'overdose-education';

/** A warning to show and read on the call screen. */
export interface ToleranceWarning {
  readonly level: ToleranceLevel;
  /** Hours since last use from which this level applies. */
  readonly fromHours: number;
  /** Plain words a counselor can read to a caller. */
  readonly callerText: string;
  readonly prompts: readonly TolerancePrompt[];
}

/** Hours without use after which tolerance is treated as falling (see the comment above). */
export const TOLERANCE_FALLING_FROM_HOURS = 72;
/** Hours without use after which tolerance is treated as lost: acute withdrawal is over. */
export const TOLERANCE_LOST_FROM_HOURS = 240;

const WARNINGS: Readonly<Record<ToleranceLevel, ToleranceWarning>> = deepFreeze(
  {
    falling: {
      level: 'falling',
      fromHours: TOLERANCE_FALLING_FROM_HOURS,
      callerText:
        'After a few days without opioids your tolerance is already dropping. An amount you used to take could now cause an overdose. If you do use: use much less, don’t use alone, and have naloxone (Narcan) with you.',
      prompts: ['naloxone', 'overdose-education'],
    },
    lost: {
      level: 'lost',
      fromHours: TOLERANCE_LOST_FROM_HOURS,
      callerText:
        'After withdrawal your body has lost its tolerance. Using the amount you used before could cause a fatal overdose. If you do use: use much less, don’t use alone, and have naloxone (Narcan) with you.',
      prompts: ['naloxone', 'overdose-education'],
    },
  },
);

/**
 * The tolerance warning for `hours` since last use, or null under 72 h. Throws a
 * RangeError for a negative or non-finite number, as `withdrawalPhase` does.
 */
export function toleranceWarning(hours: number): ToleranceWarning | null {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(
      `hours since last use must be a finite number ≥ 0, got ${hours}`,
    );
  }
  if (hours >= TOLERANCE_LOST_FROM_HOURS) {
    return WARNINGS.lost;
  }
  if (hours >= TOLERANCE_FALLING_FROM_HOURS) {
    return WARNINGS.falling;
  }
  return null;
}
