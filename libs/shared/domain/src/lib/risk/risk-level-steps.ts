import type { RiskLevel } from '@casebook/shared/contracts';
import { NATIONAL_LINE_IDS } from '../directory/national-lines';
import { deepFreeze } from '../util/deep-freeze';
import type { StepWithLine } from './step-line';

/** One step the counselor takes on a low- or moderate-risk screen. */
export interface RiskLevelStep extends StepWithLine {
  readonly id:
    | 'share-988'
    | 'offer-resources'
    | 'safety-plan'
    | 'offer-supervisor'
    | 'follow-up-24h';
}

/** The levels below high that have steps of their own; high has `IMMINENT_RISK_STEPS`. */
export type StepRiskLevel = Extract<RiskLevel, 'low' | 'moderate'>;

/*
 * Columbia's triage gives each level of the C-SSRS screener (low yellow, moderate orange,
 * high red) and says the next steps are setting-specific: each program writes its own
 * (The Columbia Lighthouse Project, "Triage" guidance for the Screen Version). These are
 * the helpline's, as issue 9 set them — our choice, labelled as such on the screen and in
 * ADR 21:
 * - low: the 988 Suicide & Crisis Lifeline (call or text 988, any hour) and resources;
 * - moderate: the same, plus a safety-planning conversation in the terms of Stanley &
 *   Brown's Safety Planning Intervention (Stanley B, Brown GK. Cogn Behav Pract
 *   2012;19(2):256–264: warning signs, internal coping strategies, people and places that
 *   distract, people to ask for help, professionals and agencies, restricting access to
 *   lethal means), a supervisor consult offered, and a follow-up call-back proposed
 *   within 24 hours.
 */
const SHARE_988: RiskLevelStep = {
  id: 'share-988',
  text: 'Give the caller 988, the Suicide & Crisis Lifeline: they can call or text 988 at any hour if the thoughts come back or get stronger.',
  // The same words with the Lifeline's name and number from its directory entry (ADR 26).
  line: {
    resourceId: NATIONAL_LINE_IDS.suicideCrisisLifeline,
    before: 'Give the caller the ',
    after:
      ': they can call or text it at any hour if the thoughts come back or get stronger.',
  },
};
const OFFER_RESOURCES: RiskLevelStep = {
  id: 'offer-resources',
  text: 'Offer resources from the directory that fit what the caller needs now.',
};

/** Per level, the steps in the order to take them. Frozen. */
export const RISK_LEVEL_STEPS: Readonly<
  Record<StepRiskLevel, readonly RiskLevelStep[]>
> = deepFreeze({
  low: [SHARE_988, OFFER_RESOURCES],
  moderate: [
    {
      id: 'safety-plan',
      text: 'Talk through a safety plan with the caller: their warning signs, what they can do on their own to cope, people and places that take their mind off things, people they can ask for help, professionals and agencies to call, and making their surroundings safer.',
    },
    SHARE_988,
    {
      id: 'offer-supervisor',
      text: 'Offer the caller a consult with the supervisor, during this call or right after it.',
    },
    {
      id: 'follow-up-24h',
      text: 'Propose a follow-up call-back within 24 hours and agree the time with the caller.',
    },
    OFFER_RESOURCES,
  ],
});

/** Where the steps come from, for the line under them on the screen. */
export const RISK_LEVEL_STEPS_SOURCE =
  'Helpline’s own steps (our choice): Columbia’s triage leaves next steps to each setting. Safety plan after Stanley & Brown (2012).';

/** The follow-up a moderate screen proposes: due within this many hours. */
export const MODERATE_RISK_FOLLOW_UP_HOURS = 24;

/** The steps for a level, or none (no risk, or high risk, which has the imminent-risk steps). */
export function riskLevelSteps(level: RiskLevel): readonly RiskLevelStep[] {
  return level === 'low' || level === 'moderate' ? RISK_LEVEL_STEPS[level] : [];
}
