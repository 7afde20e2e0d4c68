import { toleranceWarning } from './tolerance';

describe('toleranceWarning', () => {
  it('gives no warning before 3 days without use', () => {
    expect(toleranceWarning(0)).toBeNull();
    expect(toleranceWarning(24)).toBeNull();
    expect(toleranceWarning(71.99)).toBeNull();
  });

  it('warns that tolerance is falling from 72 h', () => {
    expect(toleranceWarning(72)?.level).toBe('falling');
    expect(toleranceWarning(239.99)?.level).toBe('falling');
  });

  it('warns that tolerance is lost from 10 days (240 h), when acute withdrawal is over', () => {
    expect(toleranceWarning(240)?.level).toBe('lost');
    expect(toleranceWarning(24 * 60)?.level).toBe('lost');
  });

  it('prompts naloxone and overdose education, and says so in words a caller understands', () => {
    for (const hours of [72, 240]) {
      const warning = toleranceWarning(hours);
      expect(warning?.prompts).toEqual(['naloxone', 'overdose-education']);
      expect(warning?.callerText).toContain('naloxone');
      expect(warning?.callerText).toContain('overdose');
    }
  });

  it('throws on negative or non-finite hours', () => {
    expect(() => toleranceWarning(-0.5)).toThrowError(RangeError);
    expect(() => toleranceWarning(Number.NaN)).toThrowError(RangeError);
  });
});
