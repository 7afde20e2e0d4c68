import type { InstrumentDefinition, InstrumentItem, SeverityBand } from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/*
 * Subjective Opiate Withdrawal Scale (SOWS).
 * Source: Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD.
 * "Two new rating scales for opiate withdrawal." Am J Drug Alcohol Abuse
 * 1987;13(3):293–308. doi:10.3109/00952998709001515
 *
 * 16 self-reported items, each scored 0–4 ("how you feel now"), summed to 0–64.
 * Item wordings and the five anchor labels are the published ones. Self-report is
 * why SOWS fits a phone call (DESIGN.md "Clinical content").
 */

/** The published 0–4 anchors, shared by every SOWS item. */
export const SOWS_ANCHORS = [
  { score: 0, label: 'Not at all' },
  { score: 1, label: 'A little' },
  { score: 2, label: 'Moderately' },
  { score: 3, label: 'Quite a bit' },
  { score: 4, label: 'Extremely' },
] as const;

/** The 16 items in published order; ids are stored with every answer and never renamed. */
const SOWS_ITEM_WORDINGS = [
  { id: 'anxious', label: 'I feel anxious' },
  { id: 'yawning', label: 'I feel like yawning' },
  { id: 'perspiring', label: 'I am perspiring' },
  { id: 'tearing', label: 'My eyes are tearing' },
  { id: 'runnyNose', label: 'My nose is running' },
  { id: 'goosebumps', label: 'I have goosebumps' },
  { id: 'shaking', label: 'I am shaking' },
  { id: 'hotFlushes', label: 'I have hot flushes' },
  { id: 'coldFlushes', label: 'I have cold flushes' },
  { id: 'achesBonesMuscles', label: 'My bones and muscles ache' },
  { id: 'restless', label: 'I feel restless' },
  { id: 'nauseous', label: 'I feel nauseous' },
  { id: 'likeVomiting', label: 'I feel like vomiting' },
  { id: 'musclesTwitch', label: 'My muscles twitch' },
  { id: 'stomachCramps', label: 'I have stomach cramps' },
  { id: 'likeUsingNow', label: 'I feel like using now' },
] as const;

/** A SOWS item id, e.g. `'anxious'`. */
export type SowsItemId = (typeof SOWS_ITEM_WORDINGS)[number]['id'];

/** SOWS item ids in published order. */
export const SOWS_ITEM_IDS: readonly SowsItemId[] = SOWS_ITEM_WORDINGS.map((item) => item.id);

const SOWS_ITEMS: readonly InstrumentItem[] = SOWS_ITEM_WORDINGS.map((item) => ({
  id: item.id,
  label: item.label,
  min: 0,
  max: 4,
  anchors: SOWS_ANCHORS,
  rating: 'self-report',
  requiresObservation: false,
}));

/*
 * Bands: the 1987 paper sets none. These are the cut-offs used by the NIDA Clinical
 * Trials Network protocol CTN-0051 (X:BOT, extended-release naltrexone vs.
 * buprenorphine-naloxone), a research convention, shown labelled as such.
 */
const SOWS_BANDS: readonly SeverityBand[] = [
  { min: 0, max: 0, severity: 'none', label: 'None' },
  { min: 1, max: 10, severity: 'mild', label: 'Mild' },
  { min: 11, max: 20, severity: 'moderate', label: 'Moderate' },
  { min: 21, max: 64, severity: 'severe', label: 'Severe' },
];

/** The SOWS definition, as `GET /api/instruments` serves it. Frozen. */
export const SOWS: InstrumentDefinition = deepFreeze({
  id: 'sows',
  name: 'Subjective Opiate Withdrawal Scale',
  abbreviation: 'SOWS',
  respondent: 'self',
  instructions: 'Please score each of the 16 items according to how you feel now.',
  items: SOWS_ITEMS,
  totalMin: 0,
  totalMax: 64,
  bands: SOWS_BANDS,
  bandsSource:
    'Research convention of the NIDA Clinical Trials Network protocol CTN-0051 (X:BOT); not part of the instrument — Handelsman et al. (1987) define no severity bands.',
  bandsAreConvention: true,
  source:
    'Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse 1987;13(3):293–308.',
  notes: [
    'Self-report: the caller rates each item for how they feel now.',
    'The severity bands are a research convention (NIDA CTN-0051), not part of the published scale.',
  ],
});
