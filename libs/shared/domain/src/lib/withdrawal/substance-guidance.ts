import type { PrimarySubstance } from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';
import { toleranceWarning, type ToleranceWarning } from './tolerance';

/*
 * What the call screen may say about withdrawal for each recorded substance, beyond the
 * short-acting phase estimate (phase.ts), which is for heroin and fentanyl (and an
 * unknown substance, possibly one of them). Sources:
 * - Elsevier Clinical Overview "Opioid withdrawal" (ClinicalKey), as in phase.ts:
 *   short-acting opioids begin 6–12 h after the last dose; longer-acting opioids start
 *   30–72 h after the last dose and resolve over about 10 days. Immediate-release
 *   oxycodone, hydrocodone and morphine are short-acting; extended-release forms and
 *   methadone are long-acting.
 * - Bayard M, McIntyre J, Hill KR, Woodside J. Alcohol withdrawal syndrome. Am Fam
 *   Physician 2004;69(6):1443–50: from insomnia and tremulousness to withdrawal seizures
 *   and delirium tremens.
 * - US FDA Drug Safety Communication, 23 Sep 2020 (boxed warning for benzodiazepines):
 *   abrupt discontinuation or rapid dose reduction can cause acute withdrawal reactions,
 *   including seizures, which can be life-threatening.
 * No timeline is given for buprenorphine: our sources give none, and the screen says so.
 */

/** Why the phase estimate is not shown for a substance, and what to say instead. */
export interface SubstanceCourseNote {
  readonly kind: 'ask-release' | 'long-acting' | 'no-timeline' | 'danger';
  readonly title: string;
  readonly text: string;
  readonly source: string;
}

const ELSEVIER = 'Elsevier Clinical Overview, Opioid withdrawal';

const NOTES: Readonly<Partial<Record<PrimarySubstance, SubstanceCourseNote>>> = deepFreeze({
  'prescription-opioids': {
    kind: 'ask-release',
    title: 'Ask whether it is immediate-release or extended-release',
    text: 'Immediate-release oxycodone, hydrocodone or morphine usually follows the short-acting course: withdrawal starts about 6–12 hours after the last dose. Extended-release forms usually start later, 30–72 hours after the last dose, and resolve over about 10 days.',
    source: ELSEVIER,
  },
  methadone: {
    kind: 'long-acting',
    title: 'Methadone is long-acting',
    text: 'Withdrawal usually starts later, 30–72 hours after the last dose, and resolves over about 10 days.',
    source: ELSEVIER,
  },
  buprenorphine: {
    kind: 'no-timeline',
    title: 'No timeline for buprenorphine',
    text: 'Our sources give no withdrawal timeline for buprenorphine, so none is shown.',
    source: 'No source gives one',
  },
  other: {
    kind: 'danger',
    title: 'Ask what the substance is: alcohol or benzodiazepine withdrawal can kill',
    text: 'Withdrawal from alcohol can bring seizures and delirium tremens; stopping benzodiazepines (such as Xanax or Valium) suddenly can bring seizures. Do not reassure, and do not use the opioid timeline. A seizure, hallucinations, confusion, fever or severe shaking: call 911. Otherwise refer to medical detox.',
    source: 'Bayard et al., Am Fam Physician 2004; US FDA benzodiazepine boxed warning, 2020',
  },
});

/** The note for a substance the short-acting estimate does not cover; null when it does (or unknown). */
export function substanceCourseNote(substance: PrimarySubstance | null): SubstanceCourseNote | null {
  return substance ? (NOTES[substance] ?? null) : null;
}

/** The substances that are opioids: naloxone is for anyone who uses them. */
const OPIOIDS: ReadonlySet<PrimarySubstance> = new Set(['heroin', 'fentanyl', 'prescription-opioids', 'methadone', 'buprenorphine']);

/** Medications a caller is often maintained on: no "you have lost your tolerance" for them (ADR 22). */
const MAINTENANCE: ReadonlySet<PrimarySubstance> = new Set(['methadone', 'buprenorphine']);

export function namesOpioid(substance: PrimarySubstance | null): boolean {
  return substance !== null && OPIOIDS.has(substance);
}

/**
 * The tolerance warning, where it applies: to opioid use and to an unknown substance
 * (the helpline's callers mostly use opioids), but not to a caller whose substance is
 * methadone or buprenorphine (they may be maintained on it: days without illicit use are
 * not days without opioids) nor to "other" (not known to be an opioid).
 */
export function toleranceWarningFor(substance: PrimarySubstance | null, hours: number): ToleranceWarning | null {
  if (substance === 'other' || (substance !== null && MAINTENANCE.has(substance))) return null;
  return toleranceWarning(hours);
}

/**
 * The naloxone prompt for any call where an opioid is named, whatever the hours since
 * last use (SAMHSA Overdose Prevention and Response Toolkit, 2023: naloxone reverses an
 * opioid overdose; people who use opioids and those around them should have it).
 */
export const NALOXONE_PROMPT = deepFreeze({
  callerText:
    'Naloxone (Narcan) can reverse an opioid overdose. Keep it with you, and make sure the people around you know where it is.',
  source: 'SAMHSA Overdose Prevention and Response Toolkit (2023)',
});
