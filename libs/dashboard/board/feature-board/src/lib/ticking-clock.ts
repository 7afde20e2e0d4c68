import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import { CLOCK } from '@casebook/dashboard/shared/data-access';

/** The current time as a signal that moves every `everyMs`; call in an injection context. */
export function tickingNow(everyMs: number): Signal<number> {
  const clock = inject(CLOCK);
  const now = signal(clock.now());
  const timer = setInterval(() => now.set(clock.now()), everyMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
