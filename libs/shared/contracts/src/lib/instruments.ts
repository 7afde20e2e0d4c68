/**
 * Withdrawal-instrument shapes: what `GET /api/instruments` returns and what an
 * assessment inside `POST /api/calls` carries. The definitions themselves (items,
 * anchors, bands, sources) live in `@casebook/shared/domain`; this file is only
 * their shape, so the API and the dashboard agree on it.
 */

/** The instruments Casebook scores. Stored with each assessment; never renamed. */
export const INSTRUMENT_IDS = ['sows', 'cows'] as const;
/** `'sows'` or `'cows'`. */
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Severity names used by every band, in increasing order. */
export const SEVERITIES = [
  'none',
  'mild',
  'moderate',
  'moderately-severe',
  'severe',
] as const;
/** A band's severity name, e.g. `'moderately-severe'`. */
export type Severity = (typeof SEVERITIES)[number];

/** One allowed score of an item and the published words beside it. */
export interface InstrumentAnchor {
  readonly score: number;
  readonly label: string;
}

/**
 * How a COWS item is rated, read from the published anchors: `measured` (a count
 * the clinician takes), `observed` (seen or felt by the clinician), `mixed` (some
 * anchors are reports, the higher ones observations), `reported` (what the person
 * says). SOWS items are all `self-report`.
 */
export type ItemRating =
  'self-report' | 'reported' | 'mixed' | 'observed' | 'measured';

/** One item of an instrument. Only the scores listed in `anchors` are allowed. */
export interface InstrumentItem {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly anchors: readonly InstrumentAnchor[];
  /** The published instruction printed beside the item, when there is one. */
  readonly instruction?: string;
  readonly rating: ItemRating;
  /** True when the item cannot be scored without a clinician in the room. */
  readonly requiresObservation: boolean;
}

/** A closed range of totals `[min, max]` and the severity it means. */
export interface SeverityBand {
  readonly min: number;
  readonly max: number;
  readonly severity: Severity;
  readonly label: string;
}

/** Who answers the items: the caller (SOWS) or a clinician in the room (COWS). */
export type Respondent = 'self' | 'clinician';

/** One instrument as `GET /api/instruments` lists it. */
export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly name: string;
  readonly abbreviation: string;
  readonly respondent: Respondent;
  /** What the respondent is told before the items. */
  readonly instructions: string;
  readonly items: readonly InstrumentItem[];
  readonly totalMin: number;
  readonly totalMax: number;
  readonly bands: readonly SeverityBand[];
  /** Where the bands come from; may differ from `source` (SOWS: a research convention). */
  readonly bandsSource: string;
  /** True when the bands are not part of the published instrument. */
  readonly bandsAreConvention: boolean;
  /**
   * Where the item and anchor wording was transcribed from, shown under the items: which
   * reproduction, and what in it is not the instrument's own (an adaptation is named so).
   */
  readonly wordingSource: string;
  /** The instrument's own citation. */
  readonly source: string;
  /** Caveats the screen must show beside the instrument. */
  readonly notes: readonly string[];
}

/** `{itemId: score}` as sent by a client. Unanswered items are left out (or null). */
export type AssessmentAnswers = Readonly<Record<string, number | null>>;

/** One assessment inside a call record request. */
export interface AssessmentInput {
  instrument: InstrumentId;
  answers: AssessmentAnswers;
}

/** Every item answered: the total and its band. */
export interface CompleteAssessmentScore {
  readonly status: 'complete';
  readonly total: number;
  readonly band: SeverityBand;
}

/** Some items unanswered: saved as partial, with no total and no band (DESIGN.md). */
export interface PartialAssessmentScore {
  readonly status: 'partial';
  readonly answered: number;
  readonly of: number;
}

/** The server's score of one assessment; the server's result is the record. */
export type AssessmentScore = CompleteAssessmentScore | PartialAssessmentScore;

/** Why an answer, or the whole assessment, was refused. */
export const ANSWER_PROBLEM_CODES = [
  'unknown-instrument',
  'answers-not-an-object',
  'unknown-item',
  'not-an-integer',
  'out-of-range',
  'not-an-allowed-score',
] as const;
/** One of `ANSWER_PROBLEM_CODES`. */
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

/** One refused answer; `itemId` is null when the problem is not one item's. */
export interface AnswerProblem {
  readonly itemId: string | null;
  readonly code: AnswerProblemCode;
  readonly message: string;
}
