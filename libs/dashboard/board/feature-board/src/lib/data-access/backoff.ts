/** The longest wait between two attempts to reach the board stream. */
export const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first after a
 * drop): 1, 2, 4, 8, 16 s, then 30 s for as long as it takes. Doubling keeps a dozen
 * open boards from hammering an API that is restarting; the cap keeps the board from
 * staying dark for minutes after it is back.
 */
export function reconnectDelayMs(attempt: number): number {
  const step = Math.max(0, Math.floor(attempt));
  return Math.min(MAX_RECONNECT_DELAY_MS, 1000 * 2 ** Math.min(step, 15));
}
