import type { ActionReducer } from '@ngrx/store';
import {
  AuthApiActions,
  HttpSessionActions,
  SessionTimerActions,
} from './auth.actions';

const SIGN_OUT_TYPES: ReadonlySet<string> = new Set([
  AuthApiActions.logoutSucceeded.type,
  AuthApiActions.logoutFailed.type,
  HttpSessionActions.unauthorizedReceived.type,
  SessionTimerActions.expired.type,
]);

/** Slices that describe the session or the URL, not data that belongs to the user. */
const KEPT_SLICES = new Set(['auth', 'router']);

/**
 * Meta-reducer: on sign-out every feature slice goes back to its initial state, so the
 * next person at a shared helpline workstation never sees the last one's data (accounts
 * now, case records later). Each feature reducer rebuilds its own initial state when
 * handed `undefined`.
 */
export function clearStateOnSignOut<S extends object>(
  reducer: ActionReducer<S>,
): ActionReducer<S> {
  return (state, action) => {
    if (state && SIGN_OUT_TYPES.has(action.type)) {
      const kept = Object.fromEntries(
        Object.entries(state).filter(([key]) => KEPT_SLICES.has(key)),
      ) as Partial<S>;
      return reducer(kept as S, action);
    }
    return reducer(state, action);
  };
}
