import { DEFAULT_SESSION_IDLE_MINUTES } from '@casebook/shared/domain';
import { signOutMessage } from './sign-out-message';

describe('signOutMessage', () => {
  it('uses the measured idle minutes, singular for one', () => {
    expect(signOutMessage('idle', 15)).toBe(
      'You were signed out after 15 minutes without activity.',
    );
    expect(signOutMessage('idle', 1)).toBe(
      'You were signed out after 1 minute without activity.',
    );
  });

  it('falls back to the default idle limit when none was measured', () => {
    expect(signOutMessage('idle', null)).toBe(
      `You were signed out after ${DEFAULT_SESSION_IDLE_MINUTES} minutes without activity.`,
    );
  });

  it('says the same for a session ended elsewhere or by the 12-hour limit', () => {
    expect(signOutMessage('revoked', 15)).toBe(
      'Your session ended. Please sign in again.',
    );
    expect(signOutMessage('expired', null)).toBe(
      'Your session ended. Please sign in again.',
    );
  });

  it('confirms a sign-out the user asked for, and says nothing without a reason', () => {
    expect(signOutMessage('signed-out', 15)).toBe('You signed out.');
    expect(signOutMessage(null, 15)).toBeNull();
  });
});
