/**
 * Account rules shared by the API's validation and the dashboard's forms, so both
 * sides refuse the same input with the same words.
 */

/** NIST SP 800-63B asks for length over composition rules; the issue sets 12. */
export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but an unbounded password is a cheap denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 64;
/** Lower-case letters, digits, dot, dash and underscore; starts with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const USERNAME_RULE_TEXT =
  'lower-case letters, digits, ".", "-" or "_", starting with a letter or digit';

export const DISPLAY_NAME_MAX_LENGTH = 100;

/** Usernames are compared case-insensitively: "Sam" and "sam" are one account. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  return null;
}
