import {
  CALL_NOTES_MAX_LENGTH,
  CASE_ALIAS_MAX_LENGTH,
  CASE_ALIAS_MIN_LENGTH,
  lengthProblem,
} from './record-limits';

describe('lengthProblem', () => {
  it('accepts text at the maximum and refuses one character more', () => {
    expect(
      lengthProblem(
        'Notes',
        'x'.repeat(CALL_NOTES_MAX_LENGTH),
        CALL_NOTES_MAX_LENGTH,
      ),
    ).toBeNull();
    expect(
      lengthProblem(
        'Notes',
        'x'.repeat(CALL_NOTES_MAX_LENGTH + 1),
        CALL_NOTES_MAX_LENGTH,
      ),
    ).toBe(`Notes must be at most ${CALL_NOTES_MAX_LENGTH} characters`);
  });

  it('calls a blank required field required, and does not count surrounding spaces toward a minimum', () => {
    expect(
      lengthProblem(
        'Alias',
        '   ',
        CASE_ALIAS_MAX_LENGTH,
        CASE_ALIAS_MIN_LENGTH,
      ),
    ).toBe('Alias is required');
    expect(
      lengthProblem('Alias', 'S', CASE_ALIAS_MAX_LENGTH, CASE_ALIAS_MIN_LENGTH),
    ).toBeNull();
    expect(lengthProblem('Code', ' ab ', 10, 3)).toBe(
      'Code must be at least 3 characters',
    );
  });

  it('counts UTF-16 code units, as an HTML maxlength does', () => {
    expect(lengthProblem('Alert', '😀', 1)).toBe(
      'Alert must be at most 1 characters',
    );
  });
});
