/**
 * Ends every open session of a user. Declared here and implemented by the auth module so
 * that the users module can revoke on deactivation without importing auth (which imports
 * users): dependency inversion instead of a cycle.
 */
export abstract class SessionRevoker {
  abstract revokeAllForUser(
    userId: string,
    reason: 'deactivated' | 'password-reset',
  ): Promise<number>;
}
