import type {
  InstrumentDefinition,
  InstrumentItem,
  SeverityBand,
} from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/*
 * Subjective Opiate Withdrawal Scale (SOWS).
 * Source: Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD.
 * "Two new rating scales for opiate withdrawal." Am J Drug Alcohol Abuse
 * 1987;13(3):293–308. doi:10.3109/00952998709001515
 *
 * 16 self-reported items, each scored 0 (not at all) to 4 (extremely), summed to 0–64
 * (the paper's abstract). Self-report is why SOWS fits a phone call (DESIGN.md).
 *
 * Wording (issue 9, item 8; ADR 27). We could not read the 1987 paper. The item texts
 * are transcribed from one published reproduction that cites it — Guideline Central's
 * SOWS calculator, https://www.guidelinecentral.com/calculators/2c9e8038734e3c9e017353447eea0080/
 * — without its full stops. Another reproduction words items 3, 6 and 16 differently
 * ("I am sweating", "I have gooseflesh", "I feel like “using” now"), so the wording is
 * labelled on screen as that reproduction's, not as the paper's. The anchor ends are the
 * abstract's; the middle three are from the one reproduction that prints them
 * (Metamorphosis Pain). The instruction sentence is Casebook's. A spec compares all of
 * this with an independent transcription (testing/sows-published.fixture.ts).
 */

/** The 0–4 anchors shared by every item: ends from the abstract, middle from a reproduction. */
export const SOWS_ANCHORS = [
  { score: 0, label: 'Not at all' },
  { score: 1, label: 'A little' },
  { score: 2, label: 'Moderately' },
  { score: 3, label: 'Quite a bit' },
  { score: 4, label: 'Extremely' },
] as const;

/**
 * The 16 items in the reproduction's order. Ids are stored with every answer and never
 * renamed, so some keep an older name (`goosebumps`, `hotFlushes`, `likeUsingNow`).
 */
const SOWS_ITEM_WORDINGS = [
  { id: 'anxious', label: 'I feel anxious' },
  { id: 'yawning', label: 'I feel like yawning' },
  { id: 'perspiring', label: "I'm perspiring" },
  { id: 'tearing', label: 'My eyes are tearing' },
  { id: 'runnyNose', label: 'My nose is running' },
  { id: 'goosebumps', label: 'I have goose flesh' },
  { id: 'shaking', label: 'I am shaking' },
  { id: 'hotFlushes', label: 'I have hot flashes' },
  { id: 'coldFlushes', label: 'I have cold flashes' },
  { id: 'achesBonesMuscles', label: 'My bones and muscles ache' },
  { id: 'restless', label: 'I feel restless' },
  { id: 'nauseous', label: 'I feel nauseous' },
  { id: 'likeVomiting', label: 'I feel like vomiting' },
  { id: 'musclesTwitch', label: 'My muscles twitch' },
  { id: 'stomachCramps', label: 'I have cramps in my stomach' },
  { id: 'likeUsingNow', label: 'I feel like shooting up now' },
] as const;

/** A SOWS item id, e.g. `'anxious'`. */
export type SowsItemId = (typeof SOWS_ITEM_WORDINGS)[number]['id'];

/** SOWS item ids in published order. */
export const SOWS_ITEM_IDS: readonly SowsItemId[] = SOWS_ITEM_WORDINGS.map(
  (item) => item.id,
);

const SOWS_ITEMS: readonly InstrumentItem[] = SOWS_ITEM_WORDINGS.map(
  (item) => ({
    id: item.id,
    label: item.label,
    min: 0,
    max: 4,
    anchors: SOWS_ANCHORS,
    rating: 'self-report',
    requiresObservation: false,
  }),
);

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
  // Casebook's sentence: the reproductions we found print no instruction of their own.
  instructions:
    'Ask the caller to rate each of the 16 items for how they feel now, from 0 (not at all) to 4 (extremely).',
  items: SOWS_ITEMS,
  totalMin: 0,
  totalMax: 64,
  bands: SOWS_BANDS,
  bandsSource:
    'Research convention of the NIDA Clinical Trials Network protocol CTN-0051 (X:BOT); not part of the instrument — Handelsman et al. (1987) define no severity bands.',
  bandsAreConvention: true,
  wordingSource:
    'Item wording as reproduced by Guideline Central (SOWS calculator), which cites Handelsman et al. 1987; not checked against the paper, and other reproductions word items 3, 6 and 16 differently. Anchors 0 and 4 as in the paper’s abstract, 1–3 from another reproduction. The instruction line is Casebook’s.',
  source:
    'Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse 1987;13(3):293–308.',
  notes: [
    'Self-report: the caller rates each item for how they feel now.',
    'The severity bands are a research convention (NIDA CTN-0051), not part of the published scale.',
  ],
});
