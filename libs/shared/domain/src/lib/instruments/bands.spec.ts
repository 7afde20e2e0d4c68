import type { Severity, SeverityBand } from '@casebook/shared/contracts';
import { bandCoverageProblems, bandFor } from './bands';
import { COWS } from './cows';
import { SOWS } from './sows';

describe('bandFor', () => {
  // Every band boundary, with the severity DESIGN.md gives for it.
  const SOWS_BOUNDARIES: [number, Severity][] = [
    [0, 'none'],
    [1, 'mild'],
    [10, 'mild'],
    [11, 'moderate'],
    [20, 'moderate'],
    [21, 'severe'],
    [64, 'severe'],
  ];
  const COWS_BOUNDARIES: [number, Severity][] = [
    [0, 'none'],
    [4, 'none'],
    [5, 'mild'],
    [12, 'mild'],
    [13, 'moderate'],
    [24, 'moderate'],
    [25, 'moderately-severe'],
    [36, 'moderately-severe'],
    [37, 'severe'],
    [48, 'severe'],
  ];

  for (const [total, severity] of SOWS_BOUNDARIES) {
    it(`puts SOWS total ${total} in ${severity}`, () => {
      expect(bandFor(SOWS, total)?.severity).toBe(severity);
    });
  }

  for (const [total, severity] of COWS_BOUNDARIES) {
    it(`puts COWS total ${total} in ${severity}`, () => {
      expect(bandFor(COWS, total)?.severity).toBe(severity);
    });
  }

  it('finds no band outside the range or for a non-integer total', () => {
    expect(bandFor(SOWS, -1)).toBeNull();
    expect(bandFor(SOWS, 65)).toBeNull();
    expect(bandFor(COWS, 49)).toBeNull();
    expect(bandFor(COWS, 12.5)).toBeNull();
    expect(bandFor(COWS, Number.NaN)).toBeNull();
  });
});

describe('bandCoverageProblems', () => {
  const band = (min: number, max: number): SeverityBand => ({
    min,
    max,
    severity: 'mild',
    label: `${min}-${max}`,
  });

  it('accepts a clean partition', () => {
    expect(
      bandCoverageProblems({
        totalMin: 0,
        totalMax: 10,
        bands: [band(0, 4), band(5, 10)],
      }),
    ).toEqual([]);
  });

  it('reports a gap, an overlap and missed edges', () => {
    expect(
      bandCoverageProblems({
        totalMin: 0,
        totalMax: 10,
        bands: [band(0, 3), band(5, 10)],
      }).length,
    ).toBe(1);
    expect(
      bandCoverageProblems({
        totalMin: 0,
        totalMax: 10,
        bands: [band(0, 5), band(5, 10)],
      }).length,
    ).toBe(1);
    expect(
      bandCoverageProblems({ totalMin: 0, totalMax: 10, bands: [band(1, 9)] })
        .length,
    ).toBe(2);
    expect(
      bandCoverageProblems({ totalMin: 0, totalMax: 10, bands: [] }),
    ).toEqual(['no bands']);
  });
});
