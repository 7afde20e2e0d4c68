import type { SymptomProblem } from '@casebook/shared/contracts';
import { SYMPTOM_FREE_TEXT_MAX_LENGTH } from '../limits/record-limits';
import { deepFreeze } from '../util/deep-freeze';

/*
 * Caller-reported symptoms, recorded beside the instruments. Every entry comes from
 * a published source, cited per group below — not from the helpline's old web copy,
 * which got facts wrong (DESIGN.md): withdrawal brings LOSS of appetite, nausea and
 * diarrhea, not hunger; and cravings often outlast the acute week. "Hunger" is
 * therefore deliberately absent.
 */

/** Where a group of catalogue entries comes from. */
export interface SymptomSource {
  readonly id:
    | 'instrument-items'
    | 'dsm5-criteria'
    | 'arsw'
    | 'protracted-withdrawal'
    | 'casebook-choice';
  readonly citation: string;
}

/** The sources, one per group. Frozen. */
export const SYMPTOM_SOURCES: readonly SymptomSource[] = deepFreeze([
  {
    id: 'instrument-items',
    citation:
      'Items of the SOWS (Handelsman et al., Am J Drug Alcohol Abuse 1987;13(3):293–308) and the COWS (Wesson & Ling, J Psychoactive Drugs 2003;35(2):253–9).',
  },
  {
    id: 'dsm5-criteria',
    citation:
      'American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, 5th ed. (DSM-5), 2013: opioid withdrawal, criterion B (dysphoric mood; nausea or vomiting; muscle aches; lacrimation or rhinorrhea; pupillary dilation, piloerection or sweating; diarrhea; yawning; fever; insomnia).',
  },
  {
    id: 'arsw',
    citation:
      'Adjective Rating Scale for Withdrawal (ARSW; Bickel et al. 1988): 16 opioid withdrawal signs and symptoms rated 0–9, including "poor appetite" (NIDA Data Share, datashare.nida.nih.gov/instrument/adjective-rating-scale-for-withdrawal).',
  },
  {
    id: 'protracted-withdrawal',
    citation:
      'SAMHSA. Protracted Withdrawal. Substance Abuse Treatment Advisory, Vol. 9, Issue 1, July 2010: symptoms may be felt for weeks, months, and sometimes years; clients may be affected by impaired ability to check impulses, negative emotional states, sleep disturbances, and cravings.',
  },
  {
    id: 'casebook-choice',
    citation:
      'Casebook’s choice: asked about because callers name it, but none of the sources above lists it as we read them.',
  },
]);

/** One symptom a caller can report. */
export interface CatalogueSymptom {
  readonly id: string;
  /** Plain words, as a caller would say them. */
  readonly label: string;
  readonly source: SymptomSource['id'];
  /** A fact the counselor may need when the caller mentions it. */
  readonly note?: string;
  /** Where the note's fact comes from, when that is not `source`. */
  readonly noteSource?: SymptomSource['id'];
}

const SYMPTOM_DATA = [
  // SOWS/COWS items, in plain words (SOWS item 16 "I feel like using now" is craving).
  {
    id: 'cravings',
    label: 'Cravings (urge to use)',
    source: 'instrument-items',
    note: 'Often outlasts the acute week: can continue for weeks to months (SAMHSA 2010).',
    noteSource: 'protracted-withdrawal',
  },
  { id: 'anxiety', label: 'Anxiety', source: 'instrument-items' },
  { id: 'irritability', label: 'Irritability', source: 'instrument-items' },
  {
    id: 'restlessness',
    label: 'Restlessness, can’t sit still',
    source: 'instrument-items',
  },
  { id: 'yawning', label: 'Yawning', source: 'instrument-items' },
  { id: 'sweating', label: 'Sweating', source: 'instrument-items' },
  { id: 'hot-flushes', label: 'Hot flushes', source: 'instrument-items' },
  { id: 'chills', label: 'Chills or cold flushes', source: 'instrument-items' },
  { id: 'goosebumps', label: 'Goosebumps', source: 'instrument-items' },
  { id: 'runny-nose', label: 'Runny nose', source: 'instrument-items' },
  { id: 'watery-eyes', label: 'Watery eyes', source: 'instrument-items' },
  { id: 'shaking', label: 'Shaking or tremor', source: 'instrument-items' },
  {
    id: 'muscle-twitching',
    label: 'Muscle twitching',
    source: 'instrument-items',
  },
  {
    id: 'aches',
    label: 'Bone, joint or muscle aches',
    source: 'instrument-items',
  },
  { id: 'stomach-cramps', label: 'Stomach cramps', source: 'instrument-items' },
  { id: 'nausea', label: 'Nausea', source: 'instrument-items' },
  { id: 'vomiting', label: 'Vomiting', source: 'instrument-items' },
  { id: 'diarrhea', label: 'Diarrhea', source: 'instrument-items' },
  // DSM-5 criterion B items not on either scale.
  { id: 'insomnia', label: 'Can’t sleep (insomnia)', source: 'dsm5-criteria' },
  { id: 'low-mood', label: 'Low mood, feeling down', source: 'dsm5-criteria' },
  { id: 'fever', label: 'Fever', source: 'dsm5-criteria' },
  // Appetite: withdrawal takes appetite away; it does not bring hunger.
  {
    id: 'appetite-loss',
    label: 'Loss of appetite',
    source: 'arsw',
    note: 'Withdrawal reduces appetite; it does not cause hunger.',
  },
  // Fatigue was cited to the SAMHSA advisory, but its summary lists no fatigue, and its
  // Exhibit 2 could not be read (issue 9, item 8; ADR 27). Kept, labelled as ours.
  {
    id: 'fatigue',
    label: 'Tiredness, low energy',
    source: 'casebook-choice',
    note: 'Casebook’s addition: no source we cite lists it.',
  },
] as const satisfies readonly CatalogueSymptom[];

/** A catalogue symptom id, e.g. `'appetite-loss'`. Stored with calls; never renamed. */
export type SymptomId = (typeof SYMPTOM_DATA)[number]['id'];

/** The catalogue in the order the call screen lists it. Frozen. */
export const SYMPTOM_CATALOGUE: readonly CatalogueSymptom[] = deepFreeze([
  ...SYMPTOM_DATA,
]);

const IDS = new Set<string>(SYMPTOM_CATALOGUE.map((symptom) => symptom.id));

/** True when `value` is a catalogue symptom id. */
export function isSymptomId(value: unknown): value is SymptomId {
  return typeof value === 'string' && IDS.has(value);
}

/**
 * Problems with a symptom report from a client, or an empty list: an id not in the
 * catalogue, an id listed twice, more ids than the catalogue has, free text over
 * `SYMPTOM_FREE_TEXT_MAX_LENGTH`. Free text is optional.
 */
export function symptomReportProblems(
  symptomIds: readonly unknown[],
  freeText?: string | null,
): SymptomProblem[] {
  const problems: SymptomProblem[] = [];
  if (symptomIds.length > SYMPTOM_CATALOGUE.length) {
    problems.push({
      symptomId: null,
      code: 'too-many-symptoms',
      message: `at most ${SYMPTOM_CATALOGUE.length} symptoms`,
    });
    return problems;
  }
  const seen = new Set<string>();
  for (const id of symptomIds) {
    if (!isSymptomId(id)) {
      problems.push({
        symptomId: String(id),
        code: 'unknown-symptom',
        message: `"${String(id)}" is not in the symptom catalogue`,
      });
    } else if (seen.has(id)) {
      problems.push({
        symptomId: id,
        code: 'duplicate-symptom',
        message: `"${id}" is listed twice`,
      });
    } else {
      seen.add(id);
    }
  }
  if (
    typeof freeText === 'string' &&
    freeText.length > SYMPTOM_FREE_TEXT_MAX_LENGTH
  ) {
    problems.push({
      symptomId: null,
      code: 'free-text-too-long',
      message: `other symptoms must be at most ${SYMPTOM_FREE_TEXT_MAX_LENGTH} characters`,
    });
  }
  return problems;
}
