/** Failures one username may have from one address before it must wait: a few typos are human. */
export const FREE_FAILURES_PER_PAIR = 5;
/** The first wait after the free failures; each further failure doubles it. */
export const FIRST_DELAY_SECONDS = 60;
/** The wait never grows past this (the failure window): nobody is locked out for long. */
export const MAX_DELAY_SECONDS = 15 * 60;

/**
 * How long after its latest failure one username+address pair must wait before its next
 * password check, given its failures in the window (ADR 0017, NIST SP 800-63B §5.2.2):
 * none for the first five, then 1, 2, 4, 8 minutes, then 15 at most.
 */
export function throttleDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  return Math.min(
    FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES_PER_PAIR),
    MAX_DELAY_SECONDS,
  );
}
