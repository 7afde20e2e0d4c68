import { bandCoverageProblems } from './bands';
import { SOWS, SOWS_ITEM_IDS } from './sows';
import {
  SOWS_PUBLISHED_ITEMS,
  SOWS_PUBLISHED_ITEMS_SOURCE,
  SOWS_PUBLISHED_SCALE_ENDS,
  SOWS_REPRODUCED_MIDDLE_ANCHORS,
} from './testing/sows-published.fixture';

describe('SOWS definition (Handelsman et al. 1987)', () => {
  // The fixture prints full stops (all items but the third); the screen shows none.
  const withoutFinalStop = (text: string) => text.replace(/\.$/, '');

  it('has the 16 items of the cited reproduction, in order, word for word', () => {
    expect(SOWS.items.map((item) => item.label)).toEqual(
      SOWS_PUBLISHED_ITEMS.map(withoutFinalStop),
    );
  });

  it('fails the comparison when a single word drifts', () => {
    const drifted = SOWS.items.map((item) =>
      item.label.replace('goose flesh', 'goosebumps'),
    );
    expect(drifted).not.toEqual(SOWS_PUBLISHED_ITEMS.map(withoutFinalStop));
  });

  it('scores every item 0 to 4, ends worded as the abstract and middle as the reproduction', () => {
    const transcribed: Readonly<Record<number, string>> = {
      ...SOWS_PUBLISHED_SCALE_ENDS,
      ...SOWS_REPRODUCED_MIDDLE_ANCHORS,
    };
    for (const item of SOWS.items) {
      expect(
        item.anchors.map((anchor) => [
          anchor.score,
          anchor.label.toLowerCase(),
        ]),
      ).toEqual([0, 1, 2, 3, 4].map((score) => [score, transcribed[score]]));
      expect([item.min, item.max]).toEqual([0, 4]);
    }
  });

  it('says on screen whose wording it is, and what is not the paper’s', () => {
    expect(SOWS.wordingSource).toContain('Guideline Central');
    expect(SOWS_PUBLISHED_ITEMS_SOURCE).toContain('Guideline Central');
    expect(SOWS.wordingSource).toContain('not checked against the paper');
    expect(SOWS.wordingSource).toContain('instruction line is Casebook’s');
  });

  it('totals 0–64, the sum of the item ranges', () => {
    expect(SOWS.totalMin).toBe(0);
    expect(SOWS.totalMax).toBe(64);
    expect(SOWS.items.reduce((sum, item) => sum + item.max, 0)).toBe(
      SOWS.totalMax,
    );
  });

  it('is self-report and needs no observation, so it fits a phone call', () => {
    expect(SOWS.respondent).toBe('self');
    expect(
      SOWS.items.every(
        (item) => item.rating === 'self-report' && !item.requiresObservation,
      ),
    ).toBeTrue();
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
    expect(() =>
      (SOWS.bands as unknown as unknown[]).push({ min: 99 }),
    ).toThrowError(TypeError);
    expect(() => {
      (SOWS.items[0].anchors[0] as { label: string }).label = 'changed';
    }).toThrowError(TypeError);
  });
});
