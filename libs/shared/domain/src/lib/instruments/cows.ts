import type {
  InstrumentDefinition,
  InstrumentItem,
  ItemRating,
  SeverityBand,
} from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/*
 * Clinical Opiate Withdrawal Scale (COWS).
 * Source: Wesson DR, Ling W. "The Clinical Opiate Withdrawal Scale (COWS)."
 * J Psychoactive Drugs 2003;35(2):253–9. doi:10.1080/02791072.2003.10400007
 * The same form is reproduced in SAMHSA TIP 45 (NCBI Bookshelf NBK64244).
 *
 * 11 clinician-rated items, each with its own set of allowed scores (not every
 * integer in the range: pulse rate scores 0, 1, 2 or 4, never 3). Anchor texts are
 * the form's, shortened only where noted by "…". Total 0–48.
 *
 * `rating` is read from the anchors themselves: `measured`/`observed` items cannot be
 * scored by phone at all; `mixed` items have report anchors at the low end but need
 * the clinician's eyes for the higher scores. Only GI upset is purely reported.
 */

const COWS_ITEM_DATA = [
  {
    id: 'restingPulse',
    label: 'Resting pulse rate',
    instruction:
      'Beats per minute, measured after the patient is sitting or lying for one minute.',
    rating: 'measured',
    anchors: [
      { score: 0, label: 'Pulse rate 80 or below' },
      { score: 1, label: 'Pulse rate 81–100' },
      { score: 2, label: 'Pulse rate 101–120' },
      { score: 4, label: 'Pulse rate greater than 120' },
    ],
  },
  {
    id: 'sweating',
    label: 'Sweating',
    instruction:
      'Over the past ½ hour, not accounted for by room temperature or patient activity.',
    rating: 'mixed',
    anchors: [
      { score: 0, label: 'No report of chills or flushing' },
      { score: 1, label: 'Subjective report of chills or flushing' },
      { score: 2, label: 'Flushed or observable moistness on face' },
      { score: 3, label: 'Beads of sweat on brow or face' },
      { score: 4, label: 'Sweat streaming off face' },
    ],
  },
  {
    id: 'restlessness',
    label: 'Restlessness',
    instruction: 'Observation during assessment.',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'Able to sit still' },
      {
        score: 1,
        label: 'Reports difficulty sitting still, but is able to do so',
      },
      {
        score: 3,
        label: 'Frequent shifting or extraneous movements of legs/arms',
      },
      { score: 5, label: 'Unable to sit still for more than a few seconds' },
    ],
  },
  {
    id: 'pupilSize',
    label: 'Pupil size',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'Pupils pinned or normal size for room light' },
      { score: 1, label: 'Pupils possibly larger than normal for room light' },
      { score: 2, label: 'Pupils moderately dilated' },
      {
        score: 5,
        label: 'Pupils so dilated that only the rim of the iris is visible',
      },
    ],
  },
  {
    id: 'boneJointAches',
    label: 'Bone or joint aches',
    instruction:
      'If the patient was having pain previously, only the additional component attributed to opiate withdrawal is scored.',
    rating: 'mixed',
    anchors: [
      { score: 0, label: 'Not present' },
      { score: 1, label: 'Mild diffuse discomfort' },
      {
        score: 2,
        label: 'Patient reports severe diffuse aching of joints/muscles',
      },
      {
        score: 4,
        label:
          'Patient is rubbing joints or muscles and is unable to sit still because of discomfort',
      },
    ],
  },
  {
    id: 'runnyNoseTearing',
    label: 'Runny nose or tearing',
    instruction: 'Not accounted for by cold symptoms or allergies.',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'Not present' },
      { score: 1, label: 'Nasal stuffiness or unusually moist eyes' },
      { score: 2, label: 'Nose running or tearing' },
      {
        score: 4,
        label: 'Nose constantly running or tears streaming down cheeks',
      },
    ],
  },
  {
    id: 'giUpset',
    label: 'GI upset',
    instruction: 'Over the last ½ hour.',
    rating: 'reported',
    anchors: [
      { score: 0, label: 'No GI symptoms' },
      { score: 1, label: 'Stomach cramps' },
      { score: 2, label: 'Nausea or loose stool' },
      { score: 3, label: 'Vomiting or diarrhea' },
      { score: 5, label: 'Multiple episodes of diarrhea or vomiting' },
    ],
  },
  {
    id: 'tremor',
    label: 'Tremor',
    instruction: 'Observation of outstretched hands.',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'No tremor' },
      { score: 1, label: 'Tremor can be felt, but not observed' },
      { score: 2, label: 'Slight tremor observable' },
      { score: 4, label: 'Gross tremor or muscle twitching' },
    ],
  },
  {
    id: 'yawning',
    label: 'Yawning',
    instruction: 'Observation during assessment.',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'No yawning' },
      { score: 1, label: 'Yawning once or twice during assessment' },
      { score: 2, label: 'Yawning three or more times during assessment' },
      { score: 4, label: 'Yawning several times/minute' },
    ],
  },
  {
    id: 'anxietyIrritability',
    label: 'Anxiety or irritability',
    rating: 'mixed',
    anchors: [
      { score: 0, label: 'None' },
      {
        score: 1,
        label: 'Patient reports increasing irritability or anxiousness',
      },
      { score: 2, label: 'Patient obviously irritable or anxious' },
      {
        score: 4,
        label:
          'Patient so irritable or anxious that participation in the assessment is difficult',
      },
    ],
  },
  {
    id: 'gooseflesh',
    label: 'Gooseflesh skin',
    rating: 'observed',
    anchors: [
      { score: 0, label: 'Skin is smooth' },
      {
        score: 3,
        label: 'Piloerection of skin can be felt or hairs standing up on arms',
      },
      { score: 5, label: 'Prominent piloerection' },
    ],
  },
] as const satisfies readonly {
  id: string;
  label: string;
  instruction?: string;
  rating: ItemRating;
  anchors: readonly { score: number; label: string }[];
}[];

/** A COWS item id, e.g. `'restingPulse'`. */
export type CowsItemId = (typeof COWS_ITEM_DATA)[number]['id'];

/** COWS item ids in published order. */
export const COWS_ITEM_IDS: readonly CowsItemId[] = COWS_ITEM_DATA.map(
  (item) => item.id,
);

/** Every rating but a pure report needs a clinician who can see (or touch) the person. */
function needsObservation(rating: ItemRating): boolean {
  return rating === 'measured' || rating === 'observed' || rating === 'mixed';
}

const COWS_ITEMS: readonly InstrumentItem[] = COWS_ITEM_DATA.map((item) => {
  const scores = item.anchors.map((anchor) => anchor.score);
  return {
    id: item.id,
    label: item.label,
    min: Math.min(...scores),
    max: Math.max(...scores),
    anchors: item.anchors,
    ...('instruction' in item ? { instruction: item.instruction } : {}),
    rating: item.rating,
    requiresObservation: needsObservation(item.rating),
  };
});

/*
 * Bands as printed on the form: 5–12 mild, 13–24 moderate, 25–36 moderately severe,
 * more than 36 severe. The form names no band under 5; "none" for 0–4 follows
 * DESIGN.md ("under 5 none").
 */
const COWS_BANDS: readonly SeverityBand[] = [
  { min: 0, max: 4, severity: 'none', label: 'None (under 5)' },
  { min: 5, max: 12, severity: 'mild', label: 'Mild' },
  { min: 13, max: 24, severity: 'moderate', label: 'Moderate' },
  {
    min: 25,
    max: 36,
    severity: 'moderately-severe',
    label: 'Moderately severe',
  },
  { min: 37, max: 48, severity: 'severe', label: 'Severe (more than 36)' },
];

/** The COWS definition, as `GET /api/instruments` serves it. Frozen. */
export const COWS: InstrumentDefinition = deepFreeze({
  id: 'cows',
  name: 'Clinical Opiate Withdrawal Scale',
  abbreviation: 'COWS',
  respondent: 'clinician',
  instructions:
    'For each item, record the score that best matches the sign or symptom, rated by a clinician with the person present. Rate only what relates to opiate withdrawal.',
  items: COWS_ITEMS,
  totalMin: 0,
  totalMax: 48,
  bands: COWS_BANDS,
  bandsSource:
    'Wesson & Ling 2003, as printed on the COWS form; "none" under 5 is Casebook’s name for scores below the mild range.',
  bandsAreConvention: false,
  wordingSource:
    'COWS form wording (Wesson & Ling 2003), as in its reproductions. These differ in small words: SAMHSA TIP 45 prints “reports”, “moisture” and “irritable, anxious” where others print “report”, “moistness” and “irritable or anxious”; Casebook follows the latter.',
  source:
    'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs 2003;35(2):253–9.',
  notes: [
    'COWS is for a clinician present with the person: pulse, pupils, tremor, gooseflesh and the other observed items cannot be rated by phone.',
    'For a caller on the phone, use SOWS (self-report).',
  ],
});
