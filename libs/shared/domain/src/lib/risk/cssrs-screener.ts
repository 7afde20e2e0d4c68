import {
  CSSRS_QUESTION_IDS,
  type CssrsAnswers,
  type CssrsProblem,
  type CssrsQuestionId,
  type RiskLevel,
} from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/*
 * Columbia–Suicide Severity Rating Scale, Screen Version – Recent (the "screener").
 * Sources:
 * - Posner K, Brown GK, Stanley B, Brent DA, Yershova KV, Oquendo MA, et al. The
 *   Columbia–Suicide Severity Rating Scale: initial validity and internal consistency
 *   findings from three multisite studies with adolescents and adults. Am J Psychiatry
 *   2011;168(12):1266–77. doi:10.1176/appi.ajp.2011.10111704
 * - C-SSRS Screen Version – Recent, © 2008 The Research Foundation for Mental Hygiene
 *   (The Columbia Lighthouse Project; copy at cms.gov/files/document/cssrs-screen-version-instrument.pdf),
 *   and its color-coded triage: low risk (yellow) Q1, Q2; moderate (orange) Q3 and
 *   Q6 more than 3 months ago; high (red) Q4, Q5 and Q6 within the past 3 months.
 *   The Lighthouse Project's triage page (cssrs.columbia.edu, "Triage") names the
 *   same high-risk answers: a past-month yes to 4 or 5, or any behavior in 3 months.
 *
 * Question wordings are the published ones; Q1–Q5 ask about the past month, Q6 about
 * the person's lifetime with a follow-up on the past 3 months.
 */

/** One screener question as the call screen shows it. */
export interface CssrsQuestion {
  readonly id: CssrsQuestionId;
  /** The short name on the published form (e.g. "Wish to be dead"). */
  readonly topic: string;
  /** The words to read to the caller. */
  readonly text: string;
  /** Examples or contrasts printed under the question, to help the counselor judge the answer. */
  readonly guidance?: string;
  readonly period: 'past month' | 'lifetime' | 'past 3 months';
}

/** The six questions and Q6's follow-up, in asking order. Frozen. */
export const CSSRS_QUESTIONS: readonly CssrsQuestion[] = deepFreeze([
  {
    id: 'q1',
    topic: 'Wish to be dead',
    text: 'Have you wished you were dead or wished you could go to sleep and not wake up?',
    period: 'past month',
  },
  {
    id: 'q2',
    topic: 'Non-specific active suicidal thoughts',
    text: 'Have you actually had any thoughts of killing yourself?',
    period: 'past month',
  },
  {
    id: 'q3',
    topic:
      'Active suicidal ideation with any methods (not plan) without intent to act',
    text: 'Have you been thinking about how you might do this?',
    guidance:
      'E.g. "I thought about taking an overdose but I never made a specific plan as to when, where or how I would actually do it… and I would never go through with it."',
    period: 'past month',
  },
  {
    id: 'q4',
    topic:
      'Active suicidal ideation with some intent to act, without specific plan',
    text: 'Have you had these thoughts and had some intention of acting on them?',
    guidance:
      'As opposed to "I have the thoughts but I definitely will not do anything about them."',
    period: 'past month',
  },
  {
    id: 'q5',
    topic: 'Active suicidal ideation with specific plan and intent',
    text: 'Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?',
    period: 'past month',
  },
  {
    id: 'q6',
    topic: 'Suicidal behavior',
    text: 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?',
    guidance:
      'Examples: collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn’t swallow any, held a gun but changed your mind or it was grabbed from your hand, went to the roof but didn’t jump; or actually took pills, tried to shoot yourself, cut yourself, tried to hang yourself, etc.',
    period: 'lifetime',
  },
  {
    id: 'q6Recent',
    topic: 'Suicidal behavior in the past 3 months',
    text: 'Was this within the past 3 months?',
    period: 'past 3 months',
  },
]);

/** Why a question is hidden, in the counselor's words; used by the validation message. */
const SKIP_REASON: Partial<Record<CssrsQuestionId, string>> = {
  q3: 'Q3 is asked only after a yes to Q2',
  q4: 'Q4 is asked only after a yes to Q2',
  q5: 'Q5 is asked only after a yes to Q2',
  q6Recent: 'the 3-month follow-up is asked only after a yes to Q6',
};

/**
 * The questions to show for these answers, in asking order, following the published
 * skip rules: Q1, Q2 always; Q3–Q5 only when Q2 is yes (if Q2 is no, go to Q6);
 * Q6 always; its 3-month follow-up only when Q6 is yes.
 */
export function visibleQuestions(answers: CssrsAnswers): CssrsQuestionId[] {
  const visible: CssrsQuestionId[] = ['q1', 'q2'];
  if (answers.q2 === true) {
    visible.push('q3', 'q4', 'q5');
  }
  visible.push('q6');
  if (answers.q6 === true) {
    visible.push('q6Recent');
  }
  return visible;
}

/** The next question to ask, or null when every question that should be asked has an answer. */
export function nextQuestion(answers: CssrsAnswers): CssrsQuestionId | null {
  return (
    visibleQuestions(answers).find((id) => answers[id] === undefined) ?? null
  );
}

/**
 * The answers without those the skip rules now hide — for the dashboard when a
 * counselor changes Q2 or Q6 from yes to no after answering the questions below it.
 */
export function pruneSkippedAnswers(answers: CssrsAnswers): CssrsAnswers {
  const pruned: Partial<Record<CssrsQuestionId, boolean>> = {};
  for (const id of visibleQuestions(answers)) {
    const answer = answers[id];
    if (answer !== undefined) {
      pruned[id] = answer;
    }
  }
  return pruned;
}

/**
 * Problems with screener answers from a client: not an object, an unknown question,
 * a value that is not true/false, or an answer to a question the skip rules hide
 * (e.g. Q3 when Q2 is no — a counselor must not record what was not asked).
 * Missing answers are not problems here; `cssrsRisk` reports them as incomplete.
 */
export function cssrsProblems(answers: unknown): CssrsProblem[] {
  if (
    answers === null ||
    typeof answers !== 'object' ||
    Array.isArray(answers)
  ) {
    return [
      {
        questionId: null,
        code: 'answers-not-an-object',
        message: 'answers must be an object of {questionId: true|false}',
      },
    ];
  }
  const problems: CssrsProblem[] = [];
  const known = new Set<string>(CSSRS_QUESTION_IDS);
  const entries = Object.entries(answers);
  for (const [questionId, value] of entries) {
    if (!known.has(questionId)) {
      problems.push({
        questionId,
        code: 'unknown-question',
        message: `the screener has no question "${questionId}"`,
      });
    } else if (typeof value !== 'boolean') {
      problems.push({
        questionId,
        code: 'not-a-boolean',
        message: `${questionId}: the answer must be yes (true) or no (false)`,
      });
    }
  }
  if (problems.length > 0) {
    return problems;
  }
  const valid = answers as CssrsAnswers;
  const visible = new Set(visibleQuestions(valid));
  for (const [questionId] of entries) {
    const id = questionId as CssrsQuestionId;
    if (!visible.has(id)) {
      problems.push({
        questionId: id,
        code: 'should-be-skipped',
        message: SKIP_REASON[id] ?? `${id} should not be asked`,
      });
    }
  }
  return problems;
}

/** The screener's outcome: refused, complete with a level, or incomplete with the level so far. */
export type CssrsOutcome =
  | { readonly ok: false; readonly problems: readonly CssrsProblem[] }
  | {
      readonly ok: true;
      readonly status: 'complete';
      readonly level: RiskLevel;
      readonly imminentRisk: boolean;
    }
  | {
      readonly ok: true;
      readonly status: 'incomplete';
      readonly missing: readonly CssrsQuestionId[];
      /**
       * The lowest level the answers given already establish. A yes can only raise
       * the level, so a yes to Q4 means high before Q5 and Q6 are answered — and
       * the imminent-risk steps must show at once (DESIGN.md), not at the end.
       */
      readonly levelSoFar: RiskLevel;
      readonly imminentRisk: boolean;
    };

/**
 * Validates the answers and applies the screener's triage:
 * - high: yes to Q4 or Q5, or Q6 yes within the past 3 months
 * - moderate: yes to Q3, or Q6 yes more than 3 months ago
 * - low: yes only to Q1 and/or Q2
 * - none: no to every question asked
 * `imminentRisk` is true exactly when the level is high.
 */
export function cssrsRisk(answers: unknown): CssrsOutcome {
  const problems = cssrsProblems(answers);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const valid = answers as CssrsAnswers;
  const level = levelFromAnswers(valid);
  const missing = visibleQuestions(valid).filter(
    (id) => valid[id] === undefined,
  );
  const imminentRisk = level === 'high';
  return missing.length === 0
    ? { ok: true, status: 'complete', level, imminentRisk }
    : {
        ok: true,
        status: 'incomplete',
        missing,
        levelSoFar: level,
        imminentRisk,
      };
}

function levelFromAnswers(a: CssrsAnswers): RiskLevel {
  if (
    a.q4 === true ||
    a.q5 === true ||
    (a.q6 === true && a.q6Recent === true)
  ) {
    return 'high';
  }
  // Q6 yes with the follow-up not yet answered is at least moderate: behavior at any time is.
  if (a.q3 === true || a.q6 === true) {
    return 'moderate';
  }
  if (a.q1 === true || a.q2 === true) {
    return 'low';
  }
  return 'none';
}
