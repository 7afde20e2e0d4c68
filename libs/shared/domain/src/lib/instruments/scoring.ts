import type {
  AnswerProblem,
  AssessmentScore,
  InstrumentDefinition,
  InstrumentItem,
} from '@casebook/shared/contracts';
import { bandFor } from './bands';
import { getInstrument } from './registry';

/**
 * The outcome of scoring one assessment: a score, or the problems that stopped it.
 * Never both: an assessment with one bad answer is refused whole, so a typo cannot
 * silently become "partial".
 */
export type ScoringOutcome =
  | { readonly ok: true; readonly score: AssessmentScore }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/**
 * Validates and scores one assessment. This is the one scoring function: the API
 * runs it on every save and its result is the record; the dashboard runs it to show
 * the same total while the counselor types. Any total a client sends is ignored.
 *
 * `answers` is taken as `unknown` because it arrives from a client. Each own key must
 * be an item id of the instrument and each value an integer in that item's allowed
 * set. A value of `null` or `undefined` counts as "not answered" — that is how a form
 * resets a radio group — so it is neither a problem nor an answer.
 *
 * - every item answered → `{status:'complete', total, band}`
 * - some or none answered → `{status:'partial', answered, of}`, no total, no band
 *   (DESIGN.md: a partly answered instrument is saved as partial, not blocked)
 */
export function scoreAssessment(
  instrumentId: string,
  answers: unknown,
): ScoringOutcome {
  const instrument = getInstrument(instrumentId);
  if (!instrument) {
    return refuse({
      itemId: null,
      code: 'unknown-instrument',
      message: `unknown instrument "${instrumentId}"`,
    });
  }
  const checked = checkAnswers(instrument, answers);
  if (checked.problems.length > 0) {
    return { ok: false, problems: checked.problems };
  }
  return { ok: true, score: scoreValidAnswers(instrument, checked.scores) };
}

/**
 * Only the problems of `scoreAssessment`, for a form that marks each bad item; an
 * empty list means the answers can be scored.
 */
export function answerProblems(
  instrumentId: string,
  answers: unknown,
): readonly AnswerProblem[] {
  const outcome = scoreAssessment(instrumentId, answers);
  return outcome.ok ? [] : outcome.problems;
}

function refuse(problem: AnswerProblem): ScoringOutcome {
  return { ok: false, problems: [problem] };
}

interface CheckedAnswers {
  readonly problems: AnswerProblem[];
  /** Valid answered scores by item id. */
  readonly scores: Map<string, number>;
}

function checkAnswers(
  instrument: InstrumentDefinition,
  answers: unknown,
): CheckedAnswers {
  const problems: AnswerProblem[] = [];
  const scores = new Map<string, number>();
  if (
    answers === null ||
    typeof answers !== 'object' ||
    Array.isArray(answers)
  ) {
    problems.push({
      itemId: null,
      code: 'answers-not-an-object',
      message: 'answers must be an object of {itemId: score}',
    });
    return { problems, scores };
  }
  const items = new Map<string, InstrumentItem>(
    instrument.items.map((item) => [item.id, item]),
  );
  // Own enumerable keys only: nothing inherited from a prototype is read as an answer.
  for (const [itemId, value] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) {
      problems.push({
        itemId,
        code: 'unknown-item',
        message: `${instrument.abbreviation} has no item "${itemId}"`,
      });
      continue;
    }
    if (value === null || value === undefined) {
      continue;
    }
    const problem = scoreProblem(item, value);
    if (problem) {
      problems.push(problem);
    } else {
      scores.set(itemId, value as number);
    }
  }
  return { problems, scores };
}

/** Why `value` is not a valid score for `item`, or null when it is. */
function scoreProblem(
  item: InstrumentItem,
  value: unknown,
): AnswerProblem | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return {
      itemId: item.id,
      code: 'not-an-integer',
      message: `${item.label}: the score must be a whole number`,
    };
  }
  if (value < item.min || value > item.max) {
    return {
      itemId: item.id,
      code: 'out-of-range',
      message: `${item.label}: the score must be between ${item.min} and ${item.max}`,
    };
  }
  const allowed = item.anchors.map((anchor) => anchor.score);
  if (!allowed.includes(value)) {
    return {
      itemId: item.id,
      code: 'not-an-allowed-score',
      message: `${item.label}: the score must be one of ${allowed.join(', ')}`,
    };
  }
  return null;
}

function scoreValidAnswers(
  instrument: InstrumentDefinition,
  scores: Map<string, number>,
): AssessmentScore {
  const of = instrument.items.length;
  if (scores.size < of) {
    return { status: 'partial', answered: scores.size, of };
  }
  let total = 0;
  for (const score of scores.values()) {
    total += score;
  }
  const band = bandFor(instrument, total);
  if (!band) {
    // Unreachable while the bands cover the range (a spec checks they do); fail loudly rather than store no band.
    throw new Error(`${instrument.abbreviation}: no band for total ${total}`);
  }
  return { status: 'complete', total, band };
}
