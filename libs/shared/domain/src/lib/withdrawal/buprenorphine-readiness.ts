import { bandFor } from '../instruments/bands';
import { COWS } from '../instruments/cows';
import { deepFreeze } from '../util/deep-freeze';

/*
 * What the call screen says when a caller asks about starting buprenorphine (issue 9,
 * item 5; ADR 28). The helpline refers; it does not dose. Sources, as found:
 * - ACEP, "Buprenorphine Use in the Emergency Department Tool" (acep.org/patient-care/bupe):
 *   candidates are "in at least mild acute opioid withdrawal (as defined by Clinical
 *   Opiate Withdrawal Score (COWS) score of at least 8)"; for people taking opioids
 *   regularly who are not in withdrawal or only in early withdrawal, "buprenorphine may
 *   precipitate a rapid onset severe withdrawal"; "Perform a COWS to determine severity
 *   of withdrawal."
 * - Guo CZ, D'Onofrio G, Fiellin DA, et al. Emergency department-initiated buprenorphine
 *   protocols: a national evaluation. JACEP Open 2021;2(6):e12606: 27 of 31 protocols
 *   (87%) recommended a minimum COWS score of 8 — hence "as typically used".
 * - A case series of three fentanyl-exposed patients at a Vancouver addiction medicine
 *   clinic (PubMed Central PMC8926080): precipitated withdrawal "after unusually long
 *   periods of fentanyl abstention"; fentanyl, though experienced as short-acting,
 *   "persists much longer in the body's peripheral tissues".
 * - Varshneya NB, Thakrar AP, Hobelmann JG, Dunn KE, Huhn AS. Evidence of
 *   buprenorphine-precipitated withdrawal in persons who use fentanyl (2022): in 1,679
 *   people seeking treatment, the odds of severe withdrawal rose when buprenorphine was
 *   taken within 24 h, and within 24–48 h, after fentanyl use.
 * Our choices where the sources are silent are marked `ours` and say so on screen.
 */

/** COWS total from which objective withdrawal counts as met (ACEP; Guo et al. 2021). */
export const BUPRENORPHINE_COWS_THRESHOLD = 8;
/** After methadone or another long-acting opioid, ACEP's tool asks for COWS of at least 13. */
export const BUPRENORPHINE_COWS_THRESHOLD_LONG_ACTING = 13;

/** The latest complete COWS: its total and the clock time the screen shows for it. */
export interface LatestCows {
  readonly total: number;
  /** As the call screen shows it, e.g. "14:05"; the domain does not format times. */
  readonly at: string;
}

export interface BuprenorphineReadinessInput {
  /** Null when no COWS has been scored, or only partly (a partial one has no total). */
  readonly latestCows: LatestCows | null;
  /** True when fentanyl is among the caller's substances. */
  readonly fentanylNamed: boolean;
  /** True when methadone or an extended-release opioid is among them: the threshold is 13. */
  readonly longActingNamed: boolean;
  /** Hours since last use, or null when unknown. */
  readonly hoursSinceLastUse: number | null;
}

/** Whether the latest COWS shows objective withdrawal as typically used (COWS ≥ 8). */
export type ObjectiveWithdrawal = 'met' | 'not-met' | 'unknown';

/** One thing the screen says, with where it comes from. */
export interface ReadinessLine {
  readonly id:
    | 'objective-withdrawal'
    | 'sows-not-a-substitute'
    | 'fentanyl-caution'
    | 'fentanyl-at-any-hour'
    | 'prescriber-decides';
  readonly text: string;
  /** The citation; for `ours` lines, why the choice is ours. */
  readonly source: string;
  /** True where the sources are silent and the words are the helpline's choice. */
  readonly ours: boolean;
}

export interface BuprenorphineReadiness {
  readonly objectiveWithdrawal: ObjectiveWithdrawal;
  /** In the order the screen shows them. */
  readonly lines: readonly ReadinessLine[];
  /** One line for the referral note, e.g. "COWS 12 (mild) at 14:05, 20 h since last use, fentanyl named". */
  readonly summary: string;
}

const ACEP =
  'ACEP, Buprenorphine Use in the Emergency Department Tool: COWS of at least 8; 87% of ED protocols use 8 (Guo et al., JACEP Open 2021)';
const FENTANYL_SOURCES =
  'Case series, Vancouver addiction medicine clinic (PMC8926080); Varshneya et al. 2022, survey of 1,679 people in treatment';
const OURS = 'Helpline’s choice (our sources are silent)';
const ACEP_LONG_ACTING =
  'ACEP, Buprenorphine Use in the Emergency Department Tool: for methadone and other long-acting opioids, COWS at least 13';

function objectiveWithdrawalLine(
  cows: LatestCows | null,
  longActing: boolean,
): ReadinessLine {
  if (longActing) {
    const text =
      cows === null
        ? 'No COWS score yet: score COWS first. It needs a clinician with the caller.'
        : cows.total >= BUPRENORPHINE_COWS_THRESHOLD_LONG_ACTING
          ? `COWS ${cows.total}: 13 or more, the level ACEP's tool asks for after methadone or another long-acting opioid.`
          : `COWS ${cows.total}: under 13, short of the level ACEP's tool asks for after methadone or another long-acting opioid. Before that point buprenorphine may precipitate a rapid, severe withdrawal.`;
    return {
      id: 'objective-withdrawal',
      text,
      source: ACEP_LONG_ACTING,
      ours: false,
    };
  }
  const text =
    cows === null
      ? 'No COWS score yet: score COWS first. It needs a clinician with the caller.'
      : cows.total >= BUPRENORPHINE_COWS_THRESHOLD
        ? `COWS ${cows.total}: 8 or more, objective withdrawal as typically used before a first buprenorphine dose.`
        : `COWS ${cows.total}: under 8, short of objective withdrawal as typically used before a first dose. Before that point buprenorphine may precipitate a rapid, severe withdrawal.`;
  return { id: 'objective-withdrawal', text, source: ACEP, ours: false };
}

/** A line whose words are the helpline's choice, labelled so on screen. */
function ourChoice(
  id: ReadinessLine['id'],
  text: string,
  source = OURS,
): ReadinessLine {
  return { id, text, source, ours: true };
}

const SOWS_NOT_A_SUBSTITUTE = ourChoice(
  'sows-not-a-substitute',
  'A SOWS score does not stand in for COWS here: no source we found gives a SOWS score for starting buprenorphine.',
);

const FENTANYL_CAUTION: ReadinessLine = {
  id: 'fentanyl-caution',
  text: 'Fentanyl named: buprenorphine can precipitate withdrawal after fentanyl, even after unusually long periods without it — fentanyl, though it acts briefly, persists much longer in the body’s tissues. Severe withdrawal was more likely within 48 hours of fentanyl.',
  source: FENTANYL_SOURCES,
  ours: false,
};

const FENTANYL_AT_ANY_HOUR = ourChoice(
  'fentanyl-at-any-hour',
  'This caution shows whatever the hours since last use: our sources set no wait after which starting is safe.',
);

const PRESCRIBER_DECIDES = ourChoice(
  'prescriber-decides',
  'Whether and when to start is the prescriber’s decision. The helpline refers with the scores; it does not advise on doses.',
  'Helpline’s role (our choice)',
);

/** "COWS 12 (mild) at 14:05": the band's name as the COWS form prints it. */
function cowsSummary(cows: LatestCows | null): string {
  if (cows === null) return 'No COWS score yet';
  const band = bandFor(COWS, cows.total);
  const severity = band ? band.severity.replace('-', ' ') : 'no band';
  return `COWS ${cows.total} (${severity}) at ${cows.at}`;
}

/** Whole hours, rounded down: the note never says more time has passed than has. */
function hoursSummary(hours: number | null): string {
  if (hours === null) return 'time since last use unknown';
  if (hours < 1) return 'under 1 h since last use';
  return `${Math.floor(hours)} h since last use`;
}

/** What the screen says about starting buprenorphine, from the latest scores. Frozen. */
export function buprenorphineReadiness(
  input: BuprenorphineReadinessInput,
): BuprenorphineReadiness {
  const { latestCows, fentanylNamed, longActingNamed, hoursSinceLastUse } =
    input;
  const threshold = longActingNamed
    ? BUPRENORPHINE_COWS_THRESHOLD_LONG_ACTING
    : BUPRENORPHINE_COWS_THRESHOLD;
  if (
    latestCows !== null &&
    !(
      Number.isInteger(latestCows.total) &&
      latestCows.total >= COWS.totalMin &&
      latestCows.total <= COWS.totalMax
    )
  ) {
    throw new RangeError(
      `A COWS total is a whole number from ${COWS.totalMin} to ${COWS.totalMax}; got ${latestCows.total}.`,
    );
  }
  if (
    hoursSinceLastUse !== null &&
    !(Number.isFinite(hoursSinceLastUse) && hoursSinceLastUse >= 0)
  ) {
    throw new RangeError(
      `Hours since last use must be zero or more; got ${hoursSinceLastUse}.`,
    );
  }
  const objectiveWithdrawal: ObjectiveWithdrawal =
    latestCows === null
      ? 'unknown'
      : latestCows.total >= threshold
        ? 'met'
        : 'not-met';
  const lines: ReadinessLine[] = [
    objectiveWithdrawalLine(latestCows, longActingNamed),
  ];
  if (latestCows === null) lines.push(SOWS_NOT_A_SUBSTITUTE);
  if (fentanylNamed) lines.push(FENTANYL_CAUTION, FENTANYL_AT_ANY_HOUR);
  lines.push(PRESCRIBER_DECIDES);
  const summary = [
    cowsSummary(latestCows),
    hoursSummary(hoursSinceLastUse),
    fentanylNamed ? 'fentanyl named' : 'fentanyl not named',
    ...(longActingNamed ? ['long-acting opioid named'] : []),
  ].join(', ');
  return deepFreeze({ objectiveWithdrawal, lines, summary });
}
