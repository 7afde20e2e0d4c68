/*
 * An independent transcription of the SOWS, typed by hand from published reproductions
 * (issue 9, item 8). It is NOT derived from sows.ts: the spec compares the code to it, so
 * a drift in either fails. Change it only after re-reading a source, and say which.
 *
 * Items — Guideline Central, "Subjective Opioid Withdrawal Scale (SOWS)" calculator,
 * https://www.guidelinecentral.com/calculators/2c9e8038734e3c9e017353447eea0080/
 * (cites Handelsman et al., Am J Drug Alcohol Abuse 1987;13(3):293–308), read from a
 * stored copy of the page. Copied as printed, including its full stops (item 3 has
 * none there). Not checked against the 1987 paper itself, which we could not read.
 *
 * Anchors — the paper's abstract (as reproduced by EMCDDA's drugs library and by NIDA
 * Data Share) gives only the ends: "0 (not at all) to 4 (extremely)". The middle three
 * words are from one other reproduction, Metamorphosis Pain,
 * https://www.metamorphosispain.com/addiction-therapy-forms/sows/, which prints
 * "0 = none 1 = a little 2 = moderately 3 = quite a bit 4 = extremely".
 */

export const SOWS_PUBLISHED_ITEMS_SOURCE =
  'Guideline Central, Subjective Opioid Withdrawal Scale (SOWS) calculator, citing Handelsman et al. 1987';

/** The 16 items in the reproduction's order, as printed there. */
export const SOWS_PUBLISHED_ITEMS: readonly string[] = [
  'I feel anxious.',
  'I feel like yawning.',
  "I'm perspiring",
  'My eyes are tearing.',
  'My nose is running.',
  'I have goose flesh.',
  'I am shaking.',
  'I have hot flashes.',
  'I have cold flashes.',
  'My bones and muscles ache.',
  'I feel restless.',
  'I feel nauseous.',
  'I feel like vomiting.',
  'My muscles twitch.',
  'I have cramps in my stomach.',
  'I feel like shooting up now.',
];

/** The ends of the scale as the abstract words them. */
export const SOWS_PUBLISHED_SCALE_ENDS = {
  0: 'not at all',
  4: 'extremely',
} as const;

/** The middle anchors, from the one reproduction that prints them. */
export const SOWS_REPRODUCED_MIDDLE_ANCHORS = {
  1: 'a little',
  2: 'moderately',
  3: 'quite a bit',
} as const;

/*
 * Where another reproduction differs (the Metamorphosis Pain page above), kept so the
 * next reviewer knows the wording is not settled: item 3 "I am sweating", item 6
 * "I have gooseflesh", item 16 "I feel like “using” now", and anchor 0 "none".
 */
