import { bandCoverageProblems } from './bands';
import { COWS, COWS_ITEM_IDS } from './cows';
import { COWS_RESTLESSNESS_PUBLISHED } from './testing/cows-restlessness-published.fixture';

describe('COWS definition (Wesson & Ling 2003)', () => {
  // Allowed scores per item as printed on the form, typed here independently.
  const PUBLISHED_SCORES: Record<string, number[]> = {
    restingPulse: [0, 1, 2, 4],
    sweating: [0, 1, 2, 3, 4],
    restlessness: [0, 1, 3, 5],
    pupilSize: [0, 1, 2, 5],
    boneJointAches: [0, 1, 2, 4],
    runnyNoseTearing: [0, 1, 2, 4],
    giUpset: [0, 1, 2, 3, 5],
    tremor: [0, 1, 2, 4],
    yawning: [0, 1, 2, 4],
    anxietyIrritability: [0, 1, 2, 4],
    gooseflesh: [0, 3, 5],
  };

  it('has the 11 published items in order', () => {
    expect(COWS.items.map((item) => item.id)).toEqual(
      Object.keys(PUBLISHED_SCORES),
    );
    expect<readonly string[]>(COWS_ITEM_IDS).toEqual(
      Object.keys(PUBLISHED_SCORES),
    );
  });

  for (const [itemId, scores] of Object.entries(PUBLISHED_SCORES)) {
    it(`allows exactly ${scores.join(', ')} for ${itemId}, each with an anchor text`, () => {
      const item = COWS.items.find((candidate) => candidate.id === itemId);
      expect(item).toBeDefined();
      expect(item?.anchors.map((anchor) => anchor.score)).toEqual(scores);
      expect(
        item?.anchors.every((anchor) => anchor.label.trim().length > 0),
      ).toBeTrue();
      expect([item?.min, item?.max]).toEqual([
        scores[0],
        scores[scores.length - 1],
      ]);
    });
  }

  it('totals 0–48, and the item maxima sum to 48', () => {
    expect(COWS.totalMin).toBe(0);
    expect(COWS.totalMax).toBe(48);
    expect(COWS.items.reduce((sum, item) => sum + item.max, 0)).toBe(48);
  });

  it('has bands <5 none, 5–12 mild, 13–24 moderate, 25–36 moderately severe, >36 severe, covering 0–48', () => {
    expect(COWS.bands.map((b) => [b.min, b.max, b.severity])).toEqual([
      [0, 4, 'none'],
      [5, 12, 'mild'],
      [13, 24, 'moderate'],
      [25, 36, 'moderately-severe'],
      [37, 48, 'severe'],
    ]);
    expect(bandCoverageProblems(COWS)).toEqual([]);
    expect(COWS.bandsAreConvention).toBeFalse();
  });

  it('marks pulse, pupils, tremor and gooseflesh as needing the clinician to observe the person', () => {
    const needs = (id: string) =>
      COWS.items.find((item) => item.id === id)?.requiresObservation;
    expect(needs('restingPulse')).toBeTrue();
    expect(needs('pupilSize')).toBeTrue();
    expect(needs('tremor')).toBeTrue();
    expect(needs('gooseflesh')).toBeTrue();
    expect(COWS.items.find((item) => item.id === 'restingPulse')?.rating).toBe(
      'measured',
    );
  });

  it('marks items whose anchors are observations (restlessness, yawning: "observation during assessment") as observed', () => {
    for (const id of ['restlessness', 'yawning']) {
      const item = COWS.items.find((candidate) => candidate.id === id);
      expect(item?.rating).toBe('observed');
      expect(item?.instruction).toContain('Observation during assessment');
    }
  });

  it('rates restlessness by observation during assessment, as the form prints it (not by report)', () => {
    const item = COWS.items.find(
      (candidate) => candidate.id === 'restlessness',
    );
    expect(item?.label).toBe(COWS_RESTLESSNESS_PUBLISHED.heading);
    expect(item?.instruction?.replace(/\.$/, '').toLowerCase()).toBe(
      COWS_RESTLESSNESS_PUBLISHED.instruction,
    );
    expect(item?.anchors.map((anchor) => [anchor.score, anchor.label])).toEqual(
      COWS_RESTLESSNESS_PUBLISHED.anchors.map(([score, label]) => [
        score,
        label,
      ]),
    );
    // Score 1 quotes a report, but the item is scored by watching: it needs a clinician present.
    expect(item?.rating).toBe('observed');
    expect(item?.requiresObservation).toBeTrue();
  });

  it('treats GI upset, reported over the last half hour, as the one item that needs no observation', () => {
    const unobserved = COWS.items
      .filter((item) => !item.requiresObservation)
      .map((item) => item.id);
    expect(unobserved).toEqual(['giUpset']);
  });

  it('is a clinician instrument and says it is not for phone self-report', () => {
    expect(COWS.respondent).toBe('clinician');
    const notes = COWS.notes.join(' ');
    expect(notes).toContain('clinician present');
    expect(notes).toContain('cannot be rated by phone');
  });

  it('carries the published anchor texts, e.g. pulse and gooseflesh', () => {
    const pulse = COWS.items.find((item) => item.id === 'restingPulse');
    expect(pulse?.anchors.find((a) => a.score === 4)?.label).toBe(
      'Pulse rate greater than 120',
    );
    const gooseflesh = COWS.items.find((item) => item.id === 'gooseflesh');
    expect(gooseflesh?.anchors.find((a) => a.score === 5)?.label).toBe(
      'Prominent piloerection',
    );
  });

  it('cites the 2003 paper', () => {
    expect(COWS.source).toContain('Wesson');
    expect(COWS.source).toContain('2003;35(2):253–9');
  });
});
