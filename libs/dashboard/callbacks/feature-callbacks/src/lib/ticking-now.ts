import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import { CLOCK } from '@casebook/dashboard/shared/data-access';

/**
 * The current time as a signal that moves every `everyMs`, so "in 2 h" and "overdue by
 * 35 min" stay true on a queue left open through a shift. Call in an injection context.
 */
export function tickingNow(everyMs = 30_000): Signal<number> {
  const clock = inject(CLOCK);
  const now = signal(clock.now());
  const timer = setInterval(() => now.set(clock.now()), everyMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
