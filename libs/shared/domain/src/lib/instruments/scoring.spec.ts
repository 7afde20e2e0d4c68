import type { InstrumentDefinition } from '@casebook/shared/contracts';
import { COWS } from './cows';
import { answerProblems, scoreAssessment } from './scoring';
import { SOWS } from './sows';

/** Some complete set of allowed answers summing to `total`, found by backtracking. */
function answersSummingTo(
  instrument: InstrumentDefinition,
  total: number,
): Record<string, number> {
  const items = instrument.items;
  const pick = (index: number, remaining: number): number[] | null => {
    if (index === items.length) {
      return remaining === 0 ? [] : null;
    }
    for (const { score } of [...items[index].anchors].reverse()) {
      if (score <= remaining) {
        const rest = pick(index + 1, remaining - score);
        if (rest) {
          return [score, ...rest];
        }
      }
    }
    return null;
  };
  const scores = pick(0, total);
  if (!scores) {
    throw new Error(`no answers sum to ${total}`);
  }
  return Object.fromEntries(items.map((item, i) => [item.id, scores[i]]));
}

const sum = (answers: Record<string, number>) =>
  Object.values(answers).reduce((a, b) => a + b, 0);

describe('scoreAssessment', () => {
  describe('complete answers', () => {
    const cases: [InstrumentDefinition, number, string][] = [
      [SOWS, 0, 'none'],
      [SOWS, 1, 'mild'],
      [SOWS, 10, 'mild'],
      [SOWS, 11, 'moderate'],
      [SOWS, 20, 'moderate'],
      [SOWS, 21, 'severe'],
      [SOWS, 64, 'severe'],
      [COWS, 0, 'none'],
      [COWS, 4, 'none'],
      [COWS, 5, 'mild'],
      [COWS, 12, 'mild'],
      [COWS, 13, 'moderate'],
      [COWS, 24, 'moderate'],
      [COWS, 25, 'moderately-severe'],
      [COWS, 36, 'moderately-severe'],
      [COWS, 37, 'severe'],
      [COWS, 48, 'severe'],
    ];
    for (const [instrument, total, severity] of cases) {
      it(`scores a complete ${instrument.abbreviation} summing to ${total} as ${severity}`, () => {
        const answers = answersSummingTo(instrument, total);
        expect(sum(answers)).toBe(total);
        const outcome = scoreAssessment(instrument.id, answers);
        expect(outcome).toEqual({
          ok: true,
          score: {
            status: 'complete',
            total,
            band: jasmine.objectContaining({ severity }),
          },
        });
      });
    }

    it('adds a hand-written COWS form: 2+1+3+1+2+1+2+1+1+2+3 = 19, moderate', () => {
      const outcome = scoreAssessment('cows', {
        restingPulse: 2,
        sweating: 1,
        restlessness: 3,
        pupilSize: 1,
        boneJointAches: 2,
        runnyNoseTearing: 1,
        giUpset: 2,
        tremor: 1,
        yawning: 1,
        anxietyIrritability: 2,
        gooseflesh: 3,
      });
      const score = outcome.ok ? outcome.score : null;
      expect(
        score?.status === 'complete'
          ? [score.total, score.band.severity]
          : score,
      ).toEqual([19, 'moderate']);
    });
  });

  describe('partly answered', () => {
    it('saves a partly answered SOWS as partial with no total and no band', () => {
      const outcome = scoreAssessment('sows', {
        anxious: 3,
        yawning: 2,
        perspiring: 0,
      });
      expect(outcome).toEqual({
        ok: true,
        score: { status: 'partial', answered: 3, of: 16 },
      });
      expect(outcome.ok && 'total' in outcome.score).toBeFalse();
      expect(outcome.ok && 'band' in outcome.score).toBeFalse();
    });

    it('scores empty answers as partial with 0 answered', () => {
      expect(scoreAssessment('cows', {})).toEqual({
        ok: true,
        score: { status: 'partial', answered: 0, of: 11 },
      });
    });

    it('is partial when one item of 16 is missing, even if the others already reach a band', () => {
      const answers: Record<string, number> = answersSummingTo(SOWS, 60);
      delete answers['likeUsingNow'];
      expect(scoreAssessment('sows', answers)).toEqual({
        ok: true,
        score: { status: 'partial', answered: 15, of: 16 },
      });
    });

    it('counts null (a reset radio group) as not answered', () => {
      expect(scoreAssessment('sows', { anxious: null, yawning: 1 })).toEqual({
        ok: true,
        score: { status: 'partial', answered: 1, of: 16 },
      });
    });
  });

  describe('invalid answers', () => {
    const codes = (instrument: string, answers: unknown) =>
      answerProblems(instrument, answers).map((p) => [p.itemId, p.code]);

    it('names an unknown item', () => {
      expect(codes('sows', { anxious: 1, hungry: 2 })).toEqual([
        ['hungry', 'unknown-item'],
      ]);
    });

    it('ignores a total sent by the client: it is an unknown item, never the score', () => {
      expect(codes('sows', { total: 64 })).toEqual([['total', 'unknown-item']]);
    });

    it('refuses non-integers, strings, booleans and NaN', () => {
      expect(
        codes('sows', {
          anxious: 1.5,
          yawning: '2',
          perspiring: true,
          tearing: Number.NaN,
        }),
      ).toEqual([
        ['anxious', 'not-an-integer'],
        ['yawning', 'not-an-integer'],
        ['perspiring', 'not-an-integer'],
        ['tearing', 'not-an-integer'],
      ]);
    });

    it('refuses scores out of the item range', () => {
      expect(codes('sows', { anxious: 5, yawning: -1 })).toEqual([
        ['anxious', 'out-of-range'],
        ['yawning', 'out-of-range'],
      ]);
      expect(codes('cows', { restlessness: 6 })).toEqual([
        ['restlessness', 'out-of-range'],
      ]);
    });

    it('refuses in-range scores the item does not allow (COWS pulse 3, gooseflesh 1)', () => {
      expect(
        codes('cows', { restingPulse: 3, gooseflesh: 1, giUpset: 4 }),
      ).toEqual([
        ['restingPulse', 'not-an-allowed-score'],
        ['gooseflesh', 'not-an-allowed-score'],
        ['giUpset', 'not-an-allowed-score'],
      ]);
    });

    it('refuses the whole assessment when one answer is bad, rather than scoring the rest', () => {
      const answers = { ...answersSummingTo(COWS, 20), restingPulse: 3 };
      const outcome = scoreAssessment('cows', answers);
      expect(outcome.ok).toBeFalse();
    });

    it('refuses an unknown instrument', () => {
      expect(codes('ciwa', {})).toEqual([[null, 'unknown-instrument']]);
      expect(codes('__proto__', {})).toEqual([[null, 'unknown-instrument']]);
    });

    it('refuses answers that are not an object', () => {
      for (const answers of [null, undefined, [1, 2], 'anxious=1', 3]) {
        expect(codes('sows', answers)).toEqual([
          [null, 'answers-not-an-object'],
        ]);
      }
    });

    it('treats a "__proto__" key from parsed JSON as an unknown item, not a prototype', () => {
      expect(
        codes('sows', JSON.parse('{"__proto__": {"anxious": 4}}')),
      ).toEqual([['__proto__', 'unknown-item']]);
    });

    it('gives each problem a message naming the item', () => {
      const [problem] = answerProblems('cows', { restingPulse: 3 });
      expect(problem.message).toContain('Resting pulse rate');
      expect(problem.message).toContain('0, 1, 2, 4');
    });
  });
});
