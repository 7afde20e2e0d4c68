import type { Substance } from '@casebook/shared/contracts';
import {
  allNamed,
  isOpioid,
  type NamedSubstances,
  substanceClass,
} from '../substances/substance-classes';
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
 * - US FDA Drug Safety Communication, 31 Aug 2016: opioids used with benzodiazepines or
 *   other central nervous system depressants, including alcohol, have caused slowed or
 *   difficult breathing and deaths (boxed warning).
 * - CDC, "What you should know about xylazine" (2024): xylazine is not an opioid, so
 *   naloxone does not reverse it; it is most often mixed with opioids such as fentanyl,
 *   so naloxone is still given to someone who may be overdosing, and breathing is watched.
 * No timeline is given for buprenorphine, stimulants or xylazine: our sources give none,
 * and the screen says so.
 */

/** Why the phase estimate is not shown for a substance, and what to say instead. */
export interface SubstanceCourseNote {
  readonly kind: 'ask-release' | 'long-acting' | 'no-timeline' | 'danger';
  readonly title: string;
  readonly text: string;
  readonly source: string;
}

const ELSEVIER = 'Elsevier Clinical Overview, Opioid withdrawal';
const ALCOHOL_SOURCE = 'Bayard et al., Am Fam Physician 2004';
const BENZODIAZEPINE_SOURCE = 'US FDA benzodiazepine boxed warning, 2020';
const XYLAZINE_SOURCE = 'CDC, What you should know about xylazine (2024)';
const DANGER_STEPS =
  'Do not reassure, and do not use the opioid timeline. A seizure, hallucinations, confusion, fever or severe shaking: call 911. Otherwise refer to medical detox.';

const LONG_ACTING: SubstanceCourseNote = {
  kind: 'long-acting',
  title: 'A long-acting opioid',
  text: 'Withdrawal usually starts later, 30–72 hours after the last dose, and resolves over about 10 days.',
  source: ELSEVIER,
};

const NOTES: Readonly<Partial<Record<Substance, SubstanceCourseNote>>> =
  deepFreeze({
    'prescription-opioids': {
      kind: 'ask-release',
      title: 'Ask whether it is immediate-release or extended-release',
      text: 'Immediate-release oxycodone, hydrocodone or morphine usually follows the short-acting course: withdrawal starts about 6–12 hours after the last dose. Extended-release forms usually start later, 30–72 hours after the last dose, and resolve over about 10 days.',
      source: ELSEVIER,
    },
    'prescription-opioids-er': {
      ...LONG_ACTING,
      title: 'Extended-release opioids are long-acting',
    },
    methadone: { ...LONG_ACTING, title: 'Methadone is long-acting' },
    buprenorphine: {
      kind: 'no-timeline',
      title: 'No timeline for buprenorphine',
      text: 'Our sources give no withdrawal timeline for buprenorphine, so none is shown.',
      source: 'No source gives one',
    },
    alcohol: {
      kind: 'danger',
      title: 'Alcohol withdrawal can kill',
      text: `Withdrawal from alcohol can bring seizures and delirium tremens. ${DANGER_STEPS}`,
      source: ALCOHOL_SOURCE,
    },
    benzodiazepines: {
      kind: 'danger',
      title: 'Stopping benzodiazepines suddenly can kill',
      text: `Stopping benzodiazepines (such as Xanax or Valium) suddenly or cutting down fast can bring seizures. ${DANGER_STEPS}`,
      source: BENZODIAZEPINE_SOURCE,
    },
    stimulants: {
      kind: 'no-timeline',
      title: 'No timeline for stimulants',
      text: 'Our sources give no withdrawal timeline for stimulants, so none is shown.',
      source: 'No source gives one',
    },
    xylazine: {
      kind: 'no-timeline',
      title: 'Xylazine is not an opioid',
      text: 'Xylazine is a sedative mixed into the opioid supply, most often with fentanyl. Our sources give no withdrawal timeline for it, so none is shown; ask which opioid the caller uses.',
      source: XYLAZINE_SOURCE,
    },
    other: {
      kind: 'danger',
      title:
        'Ask what the substance is: alcohol or benzodiazepine withdrawal can kill',
      text: `Withdrawal from alcohol can bring seizures and delirium tremens; stopping benzodiazepines (such as Xanax or Valium) suddenly can bring seizures. ${DANGER_STEPS}`,
      source: `${ALCOHOL_SOURCE}; ${BENZODIAZEPINE_SOURCE}`,
    },
  });

/**
 * The note for a substance the short-acting estimate does not cover; null when it does
 * (heroin, fentanyl, immediate-release opioids) or when nothing is named (the helpline's
 * callers mostly use opioids, so the estimate stays, marked as for short-acting opioids).
 */
export function substanceCourseNote(
  substance: Substance | null,
): SubstanceCourseNote | null {
  return substance ? (NOTES[substance] ?? null) : null;
}

/**
 * Naloxone is for anyone who uses opioids, and for a supply with xylazine in it, which is
 * mixed with opioids (CDC 2024: give naloxone still).
 */
export function namesOpioid(named: NamedSubstances): boolean {
  return allNamed(named).some(
    (substance) => isOpioid(substance) || substance === 'xylazine',
  );
}

/** Medications a caller is often maintained on: no "you have lost your tolerance" for them (ADR 22). */
const MAINTENANCE: ReadonlySet<Substance> = new Set([
  'methadone',
  'buprenorphine',
]);

/**
 * The tolerance warning, where it applies: to opioid use (and to a supply with xylazine
 * in it) and to an unknown substance (the helpline's callers mostly use opioids), but not
 * to a caller whose primary substance is methadone or buprenorphine (they may be
 * maintained on it: days without illicit use are not days without opioids), nor when no
 * opioid may be involved.
 */
export function toleranceWarningFor(
  named: NamedSubstances,
  hours: number,
): ToleranceWarning | null {
  if (named.primary !== null && MAINTENANCE.has(named.primary)) return null;
  const all = allNamed(named);
  const mayBeOpioid =
    all.length === 0 ||
    all.some(
      (s) => isOpioid(s) || s === 'xylazine' || substanceClass(s) === 'unknown',
    );
  return mayBeOpioid ? toleranceWarning(hours) : null;
}

/**
 * The flag shown while an opioid is named with alcohol, a benzodiazepine or xylazine
 * (FDA 2016 boxed warning; CDC 2024 on xylazine; SAMHSA Toolkit: mixing substances is an
 * overdose risk).
 */
export const CO_USE_OVERDOSE_FLAG = deepFreeze({
  title: 'Higher overdose risk: opioids used with',
  text: 'Opioids taken with alcohol, benzodiazepines or other sedatives can slow or stop breathing. Talk about naloxone, not using alone, and not mixing.',
  source:
    'US FDA Drug Safety Communication, 31 Aug 2016; CDC on xylazine (2024); SAMHSA Overdose Prevention and Response Toolkit (2023)',
});
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
