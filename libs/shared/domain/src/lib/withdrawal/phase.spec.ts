import { hoursSinceLastUse, WITHDRAWAL_PHASES, withdrawalPhase } from './phase';

describe('hoursSinceLastUse', () => {
  it('counts fractional hours between two UTC times', () => {
    expect(
      hoursSinceLastUse('2025-03-01T00:00:00Z', '2025-03-01T06:30:00Z'),
    ).toBe(6.5);
    expect(
      hoursSinceLastUse('2025-02-27T12:00:00Z', '2025-03-01T12:00:00Z'),
    ).toBe(48);
  });

  it('honours offsets and accepts Date objects', () => {
    expect(
      hoursSinceLastUse(
        '2025-03-01T08:00:00-05:00',
        new Date('2025-03-01T14:00:00Z'),
      ),
    ).toBe(1);
  });

  it('counts a last use a little after "now" (clock skew) as 0 hours', () => {
    expect(
      hoursSinceLastUse('2025-03-01T12:04:00Z', '2025-03-01T12:00:00Z'),
    ).toBe(0);
  });

  it('refuses a last use in the future, a time without a zone, and garbage', () => {
    expect(
      hoursSinceLastUse('2025-03-01T13:00:00Z', '2025-03-01T12:00:00Z'),
    ).toBeNull();
    expect(
      hoursSinceLastUse('2025-03-01T08:00:00', '2025-03-01T12:00:00Z'),
    ).toBeNull();
    expect(hoursSinceLastUse('yesterday', '2025-03-01T12:00:00Z')).toBeNull();
    expect(
      hoursSinceLastUse(new Date(Number.NaN), '2025-03-01T12:00:00Z'),
    ).toBeNull();
  });
});

describe('withdrawalPhase (short-acting opioids)', () => {
  // [hours, expected phase]: each boundary hour starts the later phase.
  const BOUNDARIES: [number, string][] = [
    [0, 'before-onset'],
    [5.99, 'before-onset'],
    [6, 'onset'],
    [11.99, 'onset'],
    [12, 'rising'],
    [23.99, 'rising'],
    [24, 'peak'],
    [71.99, 'peak'],
    [72, 'easing'],
    [239.99, 'easing'],
    [240, 'post-acute'],
    [24 * 90, 'post-acute'],
  ];

  for (const [hours, phase] of BOUNDARIES) {
    it(`is ${phase} at ${hours} h`, () => {
      expect(withdrawalPhase(hours).id).toBe(phase);
    });
  }

  it('gives each phase plain words a counselor can read to a caller, and the published range', () => {
    for (const phase of WITHDRAWAL_PHASES) {
      expect(phase.callerText.length).toBeGreaterThan(20);
      expect(phase.typicalRange.length).toBeGreaterThan(5);
    }
    expect(withdrawalPhase(30).callerText).toContain('1 to 3 days');
    expect(withdrawalPhase(300).callerText).toContain('weeks or months');
  });

  it("keeps DESIGN.md's ranges: onset 6–12 h, peak 24–72 h, easing over 3–10 days", () => {
    expect(withdrawalPhase(8).typicalRange).toContain('6–12 h');
    expect(withdrawalPhase(30).typicalRange).toContain('24–72 h');
    expect(withdrawalPhase(100).typicalRange).toContain('3–10 days');
  });

  it('has contiguous phases from 0 h with an open last phase', () => {
    expect(WITHDRAWAL_PHASES[0].fromHours).toBe(0);
    for (let i = 1; i < WITHDRAWAL_PHASES.length; i++) {
      expect(WITHDRAWAL_PHASES[i].fromHours).toBe(
        WITHDRAWAL_PHASES[i - 1].toHours as number,
      );
    }
    expect(WITHDRAWAL_PHASES[WITHDRAWAL_PHASES.length - 1].toHours).toBeNull();
  });

  it('throws on negative or non-finite hours', () => {
    expect(() => withdrawalPhase(-1)).toThrowError(RangeError);
    expect(() => withdrawalPhase(Number.NaN)).toThrowError(RangeError);
    expect(() => withdrawalPhase(Number.POSITIVE_INFINITY)).toThrowError(
      RangeError,
    );
  });
});
