import {
  BUPRENORPHINE_COWS_THRESHOLD,
  buprenorphineReadiness,
  type BuprenorphineReadinessInput,
} from './buprenorphine-readiness';

describe('buprenorphineReadiness', () => {
  const input = (
    overrides: Partial<BuprenorphineReadinessInput> = {},
  ): BuprenorphineReadinessInput => ({
    latestCows: { total: 12, at: '14:05' },
    fentanylNamed: false,
    longActingNamed: false,
    hoursSinceLastUse: 20,
    ...overrides,
  });
  const ids = (overrides: Partial<BuprenorphineReadinessInput> = {}) =>
    buprenorphineReadiness(input(overrides)).lines.map((line) => line.id);

  /** The readiness for a COWS total scored at 14:05, with the other inputs as above. */
  const withCows = (total: number) =>
    buprenorphineReadiness(input({ latestCows: { total, at: '14:05' } }));

  it('asks for COWS 13 after methadone or another long-acting opioid, as ACEP does: 12 is short, 13 meets', () => {
    const at = (total: number) =>
      buprenorphineReadiness(
        input({ longActingNamed: true, latestCows: { total, at: '14:05' } }),
      );
    expect(at(12).objectiveWithdrawal).toBe('not-met');
    expect(at(12).lines[0].text).toContain('under 13');
    expect(at(13).objectiveWithdrawal).toBe('met');
    expect(at(13).lines[0].source).toContain(
      'long-acting opioids, COWS at least 13',
    );
    expect(at(13).summary).toContain('long-acting opioid named');
    expect(withCows(12).objectiveWithdrawal)
      .withContext('no long-acting opioid: 8 is the threshold')
      .toBe('met');
  });

  it('uses COWS 8, the threshold the cited sources give', () => {
    expect(BUPRENORPHINE_COWS_THRESHOLD).toBe(8);
  });

  it('meets objective withdrawal at COWS 8, citing ACEP and the ED protocol survey', () => {
    const readiness = buprenorphineReadiness(
      input({ latestCows: { total: 8, at: '09:30' } }),
    );
    expect(readiness.objectiveWithdrawal).toBe('met');
    const line = readiness.lines[0];
    expect(line.id).toBe('objective-withdrawal');
    expect(line.text).toContain('COWS 8: 8 or more');
    expect(line.source).toContain('ACEP');
    expect(line.source).toContain('Guo et al.');
    expect(line.ours).toBeFalse();
  });

  it('does not meet it at COWS 7, and says buprenorphine may then precipitate withdrawal', () => {
    const readiness = buprenorphineReadiness(
      input({ latestCows: { total: 7, at: '09:30' } }),
    );
    expect(readiness.objectiveWithdrawal).toBe('not-met');
    expect(readiness.lines[0].text).toContain('COWS 7: under 8');
    expect(readiness.lines[0].text).toContain('precipitate');
  });

  it('meets it at the top of the scale and not at 0', () => {
    expect(withCows(48).objectiveWithdrawal).toBe('met');
    expect(withCows(0).objectiveWithdrawal).toBe('not-met');
  });

  it('without a COWS says to score COWS first, and that SOWS does not stand in (our choice)', () => {
    const readiness = buprenorphineReadiness(input({ latestCows: null }));
    expect(readiness.objectiveWithdrawal).toBe('unknown');
    expect(readiness.lines[0].text).toContain('score COWS first');
    const sows = readiness.lines.find(
      (line) => line.id === 'sows-not-a-substitute',
    );
    expect(sows?.ours).toBeTrue();
    expect(sows?.source).toContain('Helpline’s choice');
    expect(ids({ latestCows: { total: 12, at: '14:05' } })).not.toContain(
      'sows-not-a-substitute',
    );
  });

  it('gives the fentanyl caution, cited, whenever fentanyl is named — at 2 h, 200 h or unknown hours', () => {
    for (const hoursSinceLastUse of [2, 200, null]) {
      const readiness = buprenorphineReadiness(
        input({ fentanylNamed: true, hoursSinceLastUse }),
      );
      const caution = readiness.lines.find(
        (line) => line.id === 'fentanyl-caution',
      );
      expect(caution?.text).toContain('even after unusually long periods');
      expect(caution?.source).toContain('PMC8926080');
      expect(caution?.ours).toBeFalse();
      expect(
        readiness.lines.find((line) => line.id === 'fentanyl-at-any-hour')
          ?.ours,
      ).toBeTrue();
    }
  });

  it('gives no fentanyl caution when fentanyl is not named', () => {
    expect(ids({ fentanylNamed: false })).toEqual([
      'objective-withdrawal',
      'prescriber-decides',
    ]);
  });

  it('always ends with the prescriber deciding, labelled as the helpline’s role', () => {
    for (const latestCows of [
      null,
      { total: 3, at: '08:00' },
      { total: 30, at: '08:00' },
    ]) {
      for (const fentanylNamed of [true, false]) {
        const lines = buprenorphineReadiness(
          input({ latestCows, fentanylNamed }),
        ).lines;
        const last = lines[lines.length - 1];
        expect(last.id).toBe('prescriber-decides');
        expect(last.text).toContain('prescriber’s decision');
        expect(last.ours).toBeTrue();
      }
    }
  });

  it('writes the referral summary with the COWS band the form prints', () => {
    expect(buprenorphineReadiness(input({ fentanylNamed: true })).summary).toBe(
      'COWS 12 (mild) at 14:05, 20 h since last use, fentanyl named',
    );
    expect(withCows(13).summary).toBe(
      'COWS 13 (moderate) at 14:05, 20 h since last use, fentanyl not named',
    );
    expect(
      buprenorphineReadiness(input({ latestCows: { total: 30, at: '23:59' } }))
        .summary,
    ).toContain('COWS 30 (moderately severe) at 23:59');
    expect(withCows(7).summary).toContain('COWS 7 (mild)');
    expect(withCows(4).summary).toContain('COWS 4 (none)');
  });

  it('says when there is no COWS or the hours are unknown, and never rounds the hours up', () => {
    expect(
      buprenorphineReadiness(
        input({ latestCows: null, hoursSinceLastUse: null }),
      ).summary,
    ).toBe(
      'No COWS score yet, time since last use unknown, fentanyl not named',
    );
    expect(
      buprenorphineReadiness(input({ hoursSinceLastUse: 20.9 })).summary,
    ).toContain('20 h since last use');
    expect(
      buprenorphineReadiness(input({ hoursSinceLastUse: 0.5 })).summary,
    ).toContain('under 1 h since last use');
    expect(
      buprenorphineReadiness(input({ hoursSinceLastUse: 0 })).summary,
    ).toContain('under 1 h since last use');
  });

  it('refuses a total COWS cannot have, and negative hours', () => {
    for (const total of [-1, 49, 7.5, Number.NaN]) {
      expect(() =>
        buprenorphineReadiness(input({ latestCows: { total, at: '14:05' } })),
      ).toThrowError(RangeError);
    }
    expect(() =>
      buprenorphineReadiness(input({ hoursSinceLastUse: -1 })),
    ).toThrowError(RangeError);
    expect(() =>
      buprenorphineReadiness(
        input({ hoursSinceLastUse: Number.POSITIVE_INFINITY }),
      ),
    ).toThrowError(RangeError);
  });
});
