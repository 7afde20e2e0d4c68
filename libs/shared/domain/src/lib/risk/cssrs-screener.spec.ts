import type { CssrsAnswers } from '@casebook/shared/contracts';
import {
  CSSRS_QUESTIONS,
  cssrsProblems,
  cssrsRisk,
  nextQuestion,
  pruneSkippedAnswers,
  visibleQuestions,
} from './cssrs-screener';

const levelOf = (answers: CssrsAnswers) => {
  const outcome = cssrsRisk(answers);
  if (!outcome.ok) {
    throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  }
  return outcome.status === 'complete'
    ? outcome.level
    : `incomplete:${outcome.levelSoFar}`;
};

describe('C-SSRS screener', () => {
  describe('questions', () => {
    it('asks the six published questions and the 3-month follow-up, in order', () => {
      expect(CSSRS_QUESTIONS.map((q) => q.id)).toEqual([
        'q1',
        'q2',
        'q3',
        'q4',
        'q5',
        'q6',
        'q6Recent',
      ]);
      expect(CSSRS_QUESTIONS[0].text).toBe(
        'Have you wished you were dead or wished you could go to sleep and not wake up?',
      );
      expect(CSSRS_QUESTIONS[1].text).toBe(
        'Have you actually had any thoughts of killing yourself?',
      );
      expect(CSSRS_QUESTIONS[6].text).toBe(
        'Was this within the past 3 months?',
      );
    });

    it('asks Q1–Q5 about the past month and Q6 about the lifetime', () => {
      expect(
        CSSRS_QUESTIONS.slice(0, 5).every((q) => q.period === 'past month'),
      ).toBeTrue();
      expect(CSSRS_QUESTIONS[5].period).toBe('lifetime');
    });
  });

  describe('skip rules', () => {
    it('starts with Q1 and Q2, then Q6, when nothing is answered', () => {
      expect(visibleQuestions({})).toEqual(['q1', 'q2', 'q6']);
      expect(nextQuestion({})).toBe('q1');
    });

    it('goes from Q2 = no straight to Q6', () => {
      expect(visibleQuestions({ q1: true, q2: false })).toEqual([
        'q1',
        'q2',
        'q6',
      ]);
      expect(nextQuestion({ q1: true, q2: false })).toBe('q6');
    });

    it('asks Q3, Q4, Q5 after Q2 = yes, then Q6', () => {
      expect(visibleQuestions({ q1: false, q2: true })).toEqual([
        'q1',
        'q2',
        'q3',
        'q4',
        'q5',
        'q6',
      ]);
      expect(nextQuestion({ q1: false, q2: true })).toBe('q3');
      expect(nextQuestion({ q1: false, q2: true, q3: false, q4: false })).toBe(
        'q5',
      );
      expect(
        nextQuestion({ q1: false, q2: true, q3: false, q4: false, q5: false }),
      ).toBe('q6');
    });

    it('asks Q6 of everyone, whatever Q1 and Q2 were', () => {
      for (const q1 of [true, false]) {
        for (const q2 of [true, false]) {
          expect(visibleQuestions({ q1, q2 })).toContain('q6');
        }
      }
    });

    it('asks the 3-month follow-up only after Q6 = yes', () => {
      expect(
        visibleQuestions({ q1: false, q2: false, q6: false }),
      ).not.toContain('q6Recent');
      expect(visibleQuestions({ q1: false, q2: false, q6: true })).toContain(
        'q6Recent',
      );
      expect(nextQuestion({ q1: false, q2: false, q6: true })).toBe('q6Recent');
    });

    it('has no next question once every asked question is answered', () => {
      expect(nextQuestion({ q1: false, q2: false, q6: false })).toBeNull();
      expect(
        nextQuestion({
          q1: true,
          q2: true,
          q3: true,
          q4: false,
          q5: false,
          q6: true,
          q6Recent: false,
        }),
      ).toBeNull();
    });

    it('prunes answers a changed Q2 or Q6 now hides', () => {
      expect(
        pruneSkippedAnswers({
          q1: true,
          q2: false,
          q3: true,
          q4: true,
          q6: false,
          q6Recent: true,
        }),
      ).toEqual({
        q1: true,
        q2: false,
        q6: false,
      });
    });
  });

  describe('validation', () => {
    const codes = (answers: unknown) =>
      cssrsProblems(answers).map((p) => [p.questionId, p.code]);

    it('names an answer to Q3–Q5 when Q2 is no as should-be-skipped', () => {
      expect(
        codes({
          q1: false,
          q2: false,
          q3: false,
          q4: true,
          q5: false,
          q6: false,
        }),
      ).toEqual([
        ['q3', 'should-be-skipped'],
        ['q4', 'should-be-skipped'],
        ['q5', 'should-be-skipped'],
      ]);
    });

    it('names an answer to Q3 before Q2 is answered as should-be-skipped', () => {
      expect(codes({ q3: true })).toEqual([['q3', 'should-be-skipped']]);
    });

    it('names a 3-month answer when Q6 is no as should-be-skipped', () => {
      expect(
        codes({ q1: false, q2: false, q6: false, q6Recent: true }),
      ).toEqual([['q6Recent', 'should-be-skipped']]);
    });

    it('refuses unknown questions and non-boolean answers', () => {
      expect(codes({ q7: true, q1: 'yes', q2: 1 })).toEqual([
        ['q7', 'unknown-question'],
        ['q1', 'not-a-boolean'],
        ['q2', 'not-a-boolean'],
      ]);
      expect(codes([true])).toEqual([[null, 'answers-not-an-object']]);
      expect(codes(null)).toEqual([[null, 'answers-not-an-object']]);
    });

    it('returns the problems instead of a level', () => {
      expect(cssrsRisk({ q1: false, q2: false, q4: true })).toEqual({
        ok: false,
        problems: [
          jasmine.objectContaining({
            questionId: 'q4',
            code: 'should-be-skipped',
          }),
        ],
      });
    });

    it('reports missing required answers as incomplete, listing them', () => {
      expect(cssrsRisk({ q1: false })).toEqual({
        ok: true,
        status: 'incomplete',
        missing: ['q2', 'q6'],
        levelSoFar: 'none',
        imminentRisk: false,
      });
      expect(cssrsRisk({ q1: false, q2: true, q3: false, q6: true })).toEqual(
        jasmine.objectContaining({
          status: 'incomplete',
          missing: ['q4', 'q5', 'q6Recent'],
        }),
      );
    });
  });

  describe('risk level (the screener triage)', () => {
    const allNo = { q1: false, q2: false, q6: false };

    it('is none when every asked question is no', () => {
      expect(levelOf(allNo)).toBe('none');
      expect(
        levelOf({ q1: false, q2: false, q6: true, q6Recent: false }),
      ).not.toBe('none');
    });

    it('is low for Q1 alone, Q2 alone, or both', () => {
      expect(levelOf({ ...allNo, q1: true })).toBe('low');
      expect(
        levelOf({
          q1: false,
          q2: true,
          q3: false,
          q4: false,
          q5: false,
          q6: false,
        }),
      ).toBe('low');
      expect(
        levelOf({
          q1: true,
          q2: true,
          q3: false,
          q4: false,
          q5: false,
          q6: false,
        }),
      ).toBe('low');
    });

    it('is moderate for Q3 yes', () => {
      expect(
        levelOf({
          q1: true,
          q2: true,
          q3: true,
          q4: false,
          q5: false,
          q6: false,
        }),
      ).toBe('moderate');
    });

    it('is moderate for Q6 yes more than 3 months ago', () => {
      expect(levelOf({ ...allNo, q6: true, q6Recent: false })).toBe('moderate');
    });

    it('is high for Q4 yes', () => {
      expect(
        levelOf({
          q1: true,
          q2: true,
          q3: false,
          q4: true,
          q5: false,
          q6: false,
        }),
      ).toBe('high');
    });

    it('is high for Q5 yes', () => {
      expect(
        levelOf({
          q1: true,
          q2: true,
          q3: true,
          q4: false,
          q5: true,
          q6: false,
        }),
      ).toBe('high');
    });

    it('is high for Q6 yes within the past 3 months, even with no to everything else', () => {
      expect(levelOf({ ...allNo, q6: true, q6Recent: true })).toBe('high');
    });

    it('flags imminent risk exactly when the level is high', () => {
      const high = cssrsRisk({ ...allNo, q6: true, q6Recent: true });
      const moderate = cssrsRisk({ ...allNo, q6: true, q6Recent: false });
      expect(high.ok && high.imminentRisk).toBeTrue();
      expect(moderate.ok && moderate.imminentRisk).toBeFalse();
    });

    it('is already high, with imminent risk, the moment Q4 is yes — before Q5 and Q6 are asked', () => {
      const outcome = cssrsRisk({ q1: true, q2: true, q3: true, q4: true });
      expect(outcome).toEqual({
        ok: true,
        status: 'incomplete',
        missing: ['q5', 'q6'],
        levelSoFar: 'high',
        imminentRisk: true,
      });
    });

    it('is at least moderate while the 3-month follow-up to a Q6 yes is unanswered', () => {
      expect(levelOf({ ...allNo, q6: true })).toBe('incomplete:moderate');
    });
  });
});
