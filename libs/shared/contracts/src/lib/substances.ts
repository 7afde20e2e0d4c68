/**
 * What a caller uses, as the helpline records it: the primary substance and any others
 * used with it, on the case and on each call (issue 9, ADR 25). Opioids are split by how
 * their withdrawal runs: short-acting (heroin, fentanyl, immediate-release prescription
 * opioids), long-acting (methadone, extended-release prescription opioids) and
 * buprenorphine; "prescription-opioids" is a prescription opioid whose release is not
 * known yet (and every value recorded before the split).
 */
export const SUBSTANCES = [
  'heroin',
  'fentanyl',
  'prescription-opioids-ir',
  'prescription-opioids-er',
  'prescription-opioids',
  'methadone',
  'buprenorphine',
  'alcohol',
  'benzodiazepines',
  'stimulants',
  'xylazine',
  'other',
  'unknown',
] as const;
export type Substance = (typeof SUBSTANCES)[number];

/** Co-used substances a record may carry: each substance at most once. */
export const MAX_CO_USED_SUBSTANCES = SUBSTANCES.length;

/**
 * The danger signs asked about in alcohol or benzodiazepine withdrawal (issue 9): any one
 * of them means emergency steps.
 */
export const WITHDRAWAL_DANGER_SIGNS = [
  'seizure',
  'hallucinations',
  'confusion',
  'fever',
  'severe-tremor',
] as const;
export type WithdrawalDangerSign = (typeof WITHDRAWAL_DANGER_SIGNS)[number];
