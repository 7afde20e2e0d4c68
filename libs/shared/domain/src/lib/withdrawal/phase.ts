import { CLOCK_SKEW_TOLERANCE_MINUTES } from '../limits/record-limits';
import { deepFreeze } from '../util/deep-freeze';
import { toEpochMs } from '../util/timestamp';

/*
 * Withdrawal phase estimate for SHORT-ACTING opioids (heroin, most fentanyl) from
 * the hours since last use. Sources, whose ranges differ and are kept as ranges:
 * - DESIGN.md "Clinical content" (the figures the team agreed): onset about 6–12 h
 *   after last use, peak 24–72 h, acute symptoms easing over 3–10 days, cravings
 *   lasting weeks to months.
 * - Elsevier Clinical Overview "Opioid withdrawal" (ClinicalKey): short-acting
 *   opioids — symptoms usually begin 6–12 h after the last dose, peak in 24–48 h and
 *   diminish over the next 3–5 days; longer-acting opioids start 30–72 h after the
 *   last dose and resolve over about 10 days. Other summaries put the onset as late
 *   as 8–24 h and the acute course at 4–10 days.
 * - SAMHSA. Protracted Withdrawal. Substance Abuse Treatment Advisory 9(1), July
 *   2010: negative mood, poor sleep and cravings can persist for weeks to months.
 *
 * The boundaries below take DESIGN.md's figures; each phase keeps the published
 * range in `typicalRange` so the screen can say "usually", never "will". People
 * differ (dose, duration of use, health, other substances), and the estimate is not
 * for methadone, buprenorphine, extended-release opioids or other substances: what the
 * screen says for each of those is in substance-guidance.ts.
 */

/** A phase id; stored with assessments for reports, never renamed. */
export type WithdrawalPhaseId =
  'before-onset' | 'onset' | 'rising' | 'peak' | 'easing' | 'post-acute';

/** One phase of short-acting opioid withdrawal. */
export interface WithdrawalPhase {
  readonly id: WithdrawalPhaseId;
  /** First hour of the phase (inclusive). */
  readonly fromHours: number;
  /** Hour the next phase starts (exclusive); null for the last phase. */
  readonly toHours: number | null;
  /** A short name for the screen. */
  readonly label: string;
  /** Plain words a counselor can read to a caller. */
  readonly callerText: string;
  /** The published range behind the phase, in words. */
  readonly typicalRange: string;
}

/** The phases in order; contiguous from 0 h. Frozen. */
export const WITHDRAWAL_PHASES: readonly WithdrawalPhase[] = deepFreeze([
  {
    id: 'before-onset',
    fromHours: 0,
    toHours: 6,
    label: 'Before withdrawal usually starts',
    callerText:
      'Withdrawal from heroin or fentanyl usually starts about 6 to 12 hours after the last use, so it may not have started yet.',
    typicalRange: 'Onset is usually 6–12 h after last use.',
  },
  {
    id: 'onset',
    fromHours: 6,
    toHours: 12,
    label: 'Early withdrawal (onset)',
    callerText:
      'This is when withdrawal usually begins, about 6 to 12 hours after the last use.',
    typicalRange: 'Onset is usually 6–12 h after last use.',
  },
  /*
   * 12–24 h: after the usual onset window and before the peak window. Labelled
   * "rising" rather than stretching "onset": for most people symptoms are already
   * present and building, while sources that put onset as late as 24 h mean some
   * people only start to feel it now — the caller text says both.
   */
  {
    id: 'rising',
    fromHours: 12,
    toHours: 24,
    label: 'Withdrawal building',
    callerText:
      'Symptoms usually keep building through the first day. For some people they only start now. The hardest part usually comes between day 1 and day 3.',
    typicalRange:
      'Between the usual onset (6–12 h; up to 24 h in some sources) and the peak (from 24 h).',
  },
  {
    id: 'peak',
    fromHours: 24,
    toHours: 72,
    label: 'Peak withdrawal',
    callerText:
      'This is usually the hardest stretch: symptoms are often strongest 1 to 3 days after the last use. After that they usually ease.',
    typicalRange: 'Peak 24–72 h after last use (24–48 h in some sources).',
  },
  {
    id: 'easing',
    fromHours: 72,
    toHours: 240,
    label: 'Acute symptoms easing',
    callerText:
      'The worst is usually over. The physical symptoms usually ease over the next days and are mostly gone by about day 10. Tolerance is dropping now.',
    typicalRange: 'Acute symptoms ease over 3–10 days after last use.',
  },
  {
    id: 'post-acute',
    fromHours: 240,
    toHours: null,
    label: 'After acute withdrawal',
    callerText:
      'The acute withdrawal is usually over, but cravings, poor sleep and low mood can last for weeks or months. Tolerance is now low.',
    typicalRange: 'After ~10 days; cravings can last weeks to months.',
  },
]);

/**
 * Hours (fractional) from `lastUseAt` to `at`, or null when either is not a Date
 * or an ISO-8601 time with an offset, or when `lastUseAt` is later than `at` by
 * more than the allowed clock skew. Within the skew it counts as 0 hours: a caller
 * who "just used" is recorded at the time of the call.
 */
export function hoursSinceLastUse(
  lastUseAt: Date | string,
  at: Date | string,
): number | null {
  const last = toEpochMs(lastUseAt);
  const now = toEpochMs(at);
  if (last === null || now === null) {
    return null;
  }
  const ms = now - last;
  if (ms < 0) {
    return -ms <= CLOCK_SKEW_TOLERANCE_MINUTES * 60_000 ? 0 : null;
  }
  return ms / 3_600_000;
}

/**
 * The phase for `hours` since last use of a short-acting opioid: before onset
 * (< 6 h), onset (6–12 h), rising (12–24 h), peak (24–72 h), easing (72 h–10 days),
 * post-acute (from 10 days). Each boundary hour starts the later phase.
 * Throws a RangeError for a negative or non-finite number: hours come from
 * `hoursSinceLastUse`, which returns null rather than such a value.
 */
export function withdrawalPhase(hours: number): WithdrawalPhase {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(
      `hours since last use must be a finite number ≥ 0, got ${hours}`,
    );
  }
  const phase = WITHDRAWAL_PHASES.find(
    (p) => hours >= p.fromHours && (p.toHours === null || hours < p.toHours),
  );
  // The phases are contiguous from 0 with an open last phase, so one always matches.
  return phase as WithdrawalPhase;
}
