/**
 * Freezes an object and everything reachable from it. The clinical definitions are
 * shared by every request and every component: a caller that sorts `bands` in place
 * or edits an anchor must fail loudly, not change the scoring for everyone after it.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
