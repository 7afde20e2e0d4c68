import { InjectionToken } from '@angular/core';

/** The delays of the call screen, in one place so specs can shorten them. */
export interface CallsTiming {
  /** Autosave after typing stops (DESIGN: about 2 s). */
  autosaveDelayMs: number;
  /** The caller lookup waits this long after the last key. */
  lookupDebounceMs: number;
  /** First retry of a failed save; doubles each time up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A save with no answer by then is treated as offline and retried. */
  requestTimeoutMs: number;
}

export const DEFAULT_CALLS_TIMING: CallsTiming = {
  autosaveDelayMs: 2000,
  lookupDebounceMs: 150,
  retryBaseMs: 2000,
  retryMaxMs: 60_000,
  requestTimeoutMs: 15_000,
};

export const CALLS_TIMING = new InjectionToken<CallsTiming>('CALLS_TIMING', {
  providedIn: 'root',
  factory: () => DEFAULT_CALLS_TIMING,
});

/** 2 s, 4 s, 8 s … capped: the wait before retry number `attempt` (from 1). */
export function retryDelay(attempt: number, timing: CallsTiming): number {
  return Math.min(
    timing.retryMaxMs,
    timing.retryBaseMs * 2 ** Math.max(0, attempt - 1),
  );
}
