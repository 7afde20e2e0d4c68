import type { SignOutReason } from '@casebook/shared/contracts';
import { DEFAULT_SESSION_IDLE_MINUTES } from '@casebook/shared/domain';

/**
 * The sentence the login page shows after the dashboard sent the user there.
 * `idleMinutes` is the idle limit the server applied, learned from its expiry times;
 * the default is only a fallback for a session that never reported one.
 */
export function signOutMessage(
  reason: SignOutReason | null,
  idleMinutes: number | null,
): string | null {
  switch (reason) {
    case null:
      return null;
    case 'idle': {
      const minutes = idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES;
      return `You were signed out after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity.`;
    }
    case 'expired':
    case 'revoked':
      return 'Your session ended. Please sign in again.';
    case 'signed-out':
      return 'You signed out.';
  }
}
