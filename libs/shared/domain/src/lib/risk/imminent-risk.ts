import type { RiskLevel } from '@casebook/shared/contracts';
import { NATIONAL_LINE_IDS } from '../directory/national-lines';
import { deepFreeze } from '../util/deep-freeze';
import type { StepWithLine } from './step-line';

/** How the call screen presents one triage level. */
export interface RiskTriage {
  readonly level: RiskLevel;
  readonly label: string;
  /** The screener form's color for the level; `none` has no color on the form. */
  readonly color: 'yellow' | 'orange' | 'red' | null;
  /** Which answers lead here, in the screener's terms. */
  readonly meaning: string;
}

/*
 * The color-coded triage of the C-SSRS Screen Version – Recent (The Columbia
 * Lighthouse Project; Posner et al., Am J Psychiatry 2011;168(12):1266–77): low risk
 * yellow, moderate orange, high red. The form's suggested next steps are
 * setting-specific (ED, primary care, …); the helpline's own steps for high risk are
 * `IMMINENT_RISK_STEPS`.
 */
/** Per level: label, the form's color, and what it means. Frozen. */
export const CSSRS_TRIAGE: Readonly<Record<RiskLevel, RiskTriage>> = deepFreeze(
  {
    none: {
      level: 'none',
      label: 'No risk identified',
      color: null,
      meaning: 'No to every question asked.',
    },
    low: {
      level: 'low',
      label: 'Low risk',
      color: 'yellow',
      meaning: 'Yes to Q1 and/or Q2 only (past month).',
    },
    moderate: {
      level: 'moderate',
      label: 'Moderate risk',
      color: 'orange',
      meaning:
        'Yes to Q3 (past month), or suicidal behavior more than 3 months ago (Q6).',
    },
    high: {
      level: 'high',
      label: 'High risk',
      color: 'red',
      meaning:
        'Yes to Q4 or Q5 (past month), or suicidal behavior within the past 3 months (Q6).',
    },
  },
);

/** One step the counselor takes on a high-risk screen. */
export interface ImminentRiskStep extends StepWithLine {
  readonly id:
    'stay-engaged' | 'emergency-help' | 'tell-supervisor' | 'record-disclosure';
}

/*
 * Shown at once on a high-risk screen (DESIGN.md "Clinical content": stay engaged,
 * 988/911, tell the supervisor, record any emergency disclosure). 988 is the US
 * Suicide & Crisis Lifeline; 911 is for immediate danger to life. The order is the
 * order to act in; the supervisor step says "now" because it must not wait for the
 * end of the call.
 */
/** The imminent-risk steps, in order. Frozen. */
export const IMMINENT_RISK_STEPS: readonly ImminentRiskStep[] = deepFreeze([
  {
    id: 'stay-engaged',
    text: 'Stay engaged with the caller. Keep talking, do not end the call, and do not put them on hold alone.',
  },
  {
    id: 'emergency-help',
    text: 'Call 988 (the Suicide & Crisis Lifeline) or 911 as appropriate: 911 when the caller’s life is in immediate danger.',
    // The same words with the Lifeline's name and number from its directory entry (ADR 26).
    line: {
      resourceId: NATIONAL_LINE_IDS.suicideCrisisLifeline,
      before: 'Call the ',
      after:
        ' or 911 as appropriate: 911 when the caller’s life is in immediate danger.',
    },
  },
  { id: 'tell-supervisor', text: 'Tell the supervisor now.' },
  {
    id: 'record-disclosure',
    text: 'If you give the caller’s information to emergency services, record the disclosure: who gave it, to whom, when, and why.',
  },
]);
