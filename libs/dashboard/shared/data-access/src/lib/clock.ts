import { InjectionToken } from '@angular/core';

/** The current time, injectable so timers and countdowns can be tested without waiting. */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
}

/** The wall clock; tests provide a fake or use `jasmine.clock().mockDate()`. */
export const CLOCK = new InjectionToken<Clock>('CLOCK', {
  providedIn: 'root',
  factory: () => ({ now: () => Date.now() }),
});
