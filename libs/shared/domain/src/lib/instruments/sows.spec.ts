import { bandCoverageProblems } from './bands';
import { SOWS, SOWS_ITEM_IDS } from './sows';

describe('SOWS definition (Handelsman et al. 1987)', () => {
  // The published item wordings, in order, typed here independently of the definition.
  const PUBLISHED_ITEMS = [
    'I feel anxious',
    'I feel like yawning',
    'I am perspiring',
    'My eyes are tearing',
    'My nose is running',
    'I have goosebumps',
    'I am shaking',
    'I have hot flushes',
    'I have cold flushes',
    'My bones and muscles ache',
    'I feel restless',
    'I feel nauseous',
    'I feel like vomiting',
    'My muscles twitch',
    'I have stomach cramps',
    'I feel like using now',
  ];

  it('has the 16 published items, in order, word for word', () => {
    expect(SOWS.items.map((item) => item.label)).toEqual(PUBLISHED_ITEMS);
  });

  it('scores every item 0 to 4 with the published anchor labels', () => {
    for (const item of SOWS.items) {
      expect(item.anchors).toEqual([
        { score: 0, label: 'Not at all' },
        { score: 1, label: 'A little' },
        { score: 2, label: 'Moderately' },
        { score: 3, label: 'Quite a bit' },
        { score: 4, label: 'Extremely' },
      ]);
      expect([item.min, item.max]).toEqual([0, 4]);
    }
  });

  it('totals 0–64, the sum of the item ranges', () => {
    expect(SOWS.totalMin).toBe(0);
    expect(SOWS.totalMax).toBe(64);
    expect(SOWS.items.reduce((sum, item) => sum + item.max, 0)).toBe(SOWS.totalMax);
  });

  it('is self-report and needs no observation, so it fits a phone call', () => {
    expect(SOWS.respondent).toBe('self');
    expect(SOWS.items.every((item) => item.rating === 'self-report' && !item.requiresObservation)).toBeTrue();
  });

  it('labels its bands as the NIDA CTN-0051 research convention, not part of the instrument', () => {
    expect(SOWS.bandsAreConvention).toBeTrue();
    expect(SOWS.bandsSource).toContain('CTN-0051');
    expect(SOWS.bandsSource).toContain('not part of the instrument');
    expect(SOWS.notes.join(' ')).toContain('research convention');
  });

  it('has bands 0 none, 1–10 mild, 11–20 moderate, 21–64 severe that cover the range without gaps', () => {
    expect(SOWS.bands.map((b) => [b.min, b.max, b.severity])).toEqual([
      [0, 0, 'none'],
      [1, 10, 'mild'],
      [11, 20, 'moderate'],
      [21, 64, 'severe'],
    ]);
    expect(bandCoverageProblems(SOWS)).toEqual([]);
  });

  it('has unique item ids matching SOWS_ITEM_IDS', () => {
    expect(new Set(SOWS_ITEM_IDS).size).toBe(16);
    expect(SOWS.items.map((item) => item.id)).toEqual([...SOWS_ITEM_IDS]);
  });

  it('cites the 1987 paper', () => {
    expect(SOWS.source).toContain('Handelsman');
    expect(SOWS.source).toContain('1987;13(3):293–308');
  });

  it('is frozen, so no caller can change the scoring for everyone else', () => {
    expect(() => (SOWS.bands as unknown as unknown[]).push({ min: 99 })).toThrowError(TypeError);
    expect(() => {
      (SOWS.items[0].anchors[0] as { label: string }).label = 'changed';
    }).toThrowError(TypeError);
  });
});
