/**
 * The overdose-now guide's steps, in order (SAMHSA Overdose Prevention and Response
 * Toolkit; issue 9): each is ticked with the time it was done, on the call record and on
 * the live board.
 */
export const OVERDOSE_STEPS = [
  'call-911',
  'check-responsiveness',
  'give-naloxone',
  'support-breathing',
  'second-dose',
  'stay-until-help',
] as const;
export type OverdoseStep = (typeof OVERDOSE_STEPS)[number];

export interface OverdoseStepRecord {
  step: OverdoseStep;
  /** ISO-8601 with offset: when the counselor ticked it. */
  doneAt: string;
}

/** An overdose reported on a call: when the guide was opened and the steps ticked so far. */
export interface OverdoseResponse {
  openedAt: string;
  steps: OverdoseStepRecord[];
}
