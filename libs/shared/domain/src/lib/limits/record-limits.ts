/**
 * Length and time limits of the call record, in one place so the API's DTO
 * validation, the database columns and the dashboard's `maxlength` attributes all
 * refuse the same input with the same words.
 *
 * Lengths count UTF-16 code units (`string.length`), which is also what an HTML
 * `maxlength` counts, so a form never accepts text the API then refuses.
 */

/** Call notes: a long call can need pages, but a 1 MB body (DESIGN.md) must not be one field. */
export const CALL_NOTES_MAX_LENGTH = 10_000;

/** A dated, signed addendum to a finalized call. */
export const ADDENDUM_MAX_LENGTH = 5_000;

/** A case's alias ("Sam R.", "caller from the shelter") is required: a case needs a name to be found. */
export const CASE_ALIAS_MIN_LENGTH = 1;
/** Short enough to show in a list row. */
export const CASE_ALIAS_MAX_LENGTH = 80;

/** A caller alert shown on every call ("prefers Spanish", "ask for Sam"): one line. */
export const CALLER_ALERT_MAX_LENGTH = 200;

/** Free text beside the symptom catalogue, for what the catalogue lacks. */
export const SYMPTOM_FREE_TEXT_MAX_LENGTH = 1_000;

/** A referral's note (where to, what was agreed). */
export const REFERRAL_NOTE_MAX_LENGTH = 500;

/** Why naloxone was not discussed on an opioid call ("has two kits at home"): one line. */
export const NALOXONE_REASON_MAX_LENGTH = 200;

/** Emergency disclosure: the recipient's name, and their affiliation, one line each. */
export const DISCLOSURE_RECIPIENT_MAX_LENGTH = 200;
/** Emergency disclosure: the nature of the emergency, a few sentences. */
export const DISCLOSURE_NATURE_MAX_LENGTH = 1_000;

/**
 * Raw phone input. The longest E.164 number is 15 digits; 40 leaves room for
 * spaces, punctuation, "+", an international prefix and a short extension, and keeps
 * the parser away from pathological input.
 */
export const PHONE_INPUT_MAX_LENGTH = 40;

/** The case lookup field (phone or alias). */
export const LOOKUP_QUERY_MAX_LENGTH = 100;

/**
 * How far in the future a client's timestamp may be and still be taken as "now":
 * workstation clocks drift. Beyond this, a time is refused rather than guessed.
 */
export const CLOCK_SKEW_TOLERANCE_MINUTES = 5;

/**
 * Returns why `value` breaks a length limit, naming the field as the user sees it,
 * or null when it fits. Surrounding spaces do not count toward the minimum.
 */
export function lengthProblem(
  fieldLabel: string,
  value: string,
  max: number,
  min = 0,
): string | null {
  if (value.trim().length < min) {
    return min === 1
      ? `${fieldLabel} is required`
      : `${fieldLabel} must be at least ${min} characters`;
  }
  if (value.length > max) {
    return `${fieldLabel} must be at most ${max} characters`;
  }
  return null;
}

/**
 * The earliest time any record may carry. The helpline's records start long after it;
 * a year like 0000 is a client's mistake, and in a handle time it would skew every report.
 */
export const EARLIEST_PLAUSIBLE_TIME = '2000-01-01T00:00:00Z';
/** The latest time any record may carry, whatever it is: a far-future year is a typo too. */
export const LATEST_PLAUSIBLE_TIME = '2100-01-01T00:00:00Z';

/** Whether an epoch time falls in the span a record may carry at all. */
export function isPlausibleTime(epochMs: number): boolean {
  return (
    epochMs >= Date.parse(EARLIEST_PLAUSIBLE_TIME) &&
    epochMs < Date.parse(LATEST_PLAUSIBLE_TIME)
  );
}

/** A call lasts at most a day: longer is a start time mistyped or a draft left open (ADR 0018). */
export const MAX_CALL_HOURS = 24;

/** A call-back is planned at most a year ahead (ADR 0018). */
export const MAX_CALLBACK_DAYS_AHEAD = 366;
