import {
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
} from './account-rules';

describe('account rules', () => {
  it('refuses a password one character short of the minimum and accepts the minimum', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MIN_LENGTH - 1))).toContain(
      `at least ${PASSWORD_MIN_LENGTH}`,
    );
    expect(passwordProblem('x'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
  });

  it('refuses a password over the maximum', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toContain(
      `at most ${PASSWORD_MAX_LENGTH}`,
    );
  });

  it('compares usernames without case or surrounding spaces', () => {
    expect(normalizeUsername('  Sam.Rivera ')).toBe('sam.rivera');
  });
});
