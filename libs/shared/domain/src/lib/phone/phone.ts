import {
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { PHONE_INPUT_MAX_LENGTH } from '../limits/record-limits';

/*
 * Phone numbers are stored in E.164 ("+12015550123") so one caller typed as
 * "(201) 555-0123" and "+1 201 555 0123" finds the same cases (DESIGN.md "Callers
 * and cases": several cases may share a number; a lookup shows every match).
 *
 * libphonenumber-js is imported from its root, i.e. with its default "min" metadata
 * (about 80 kB against 65 kB more for "max"). With "min", `isValid()` checks the
 * country calling code and the number's length, not its digit patterns (the
 * library's README says so): a well-formed but unassigned number passes. That is
 * enough for a lookup key, which only has to be the same for the same number.
 */

/** The helpline is in the US; numbers without "+" are read as US numbers unless told otherwise. */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

/** The one problem a phone field reports; the UI shows it as is. */
export const NOT_A_PHONE_NUMBER = 'not a phone number';

/** A normalized number, or why the input is not one. */
export type PhoneNormalization =
  | { readonly ok: true; readonly e164: string; readonly extension?: string }
  | { readonly ok: false; readonly problem: typeof NOT_A_PHONE_NUMBER };

/**
 * Normalizes a phone number to E.164. Input without a leading "+" (or an
 * international prefix such as "011") is read in `defaultCountry`. Returns
 * `{ok:true, e164}` for a valid number — with `extension` when one was typed, since
 * E.164 itself carries none and a desk extension must not be silently dropped — or
 * `{ok:false, problem:'not a phone number'}` for anything else (wrong length for
 * the country, no digits, too long an input).
 */
export function normalizePhone(
  input: unknown,
  defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY,
): PhoneNormalization {
  if (typeof input !== 'string' || input.length > PHONE_INPUT_MAX_LENGTH) {
    return { ok: false, problem: NOT_A_PHONE_NUMBER };
  }
  const parsed = parsePhoneNumberFromString(input.trim(), { defaultCountry });
  if (!parsed || !parsed.isValid()) {
    return { ok: false, problem: NOT_A_PHONE_NUMBER };
  }
  return parsed.ext
    ? { ok: true, e164: parsed.number, extension: parsed.ext }
    : { ok: true, e164: parsed.number };
}

/** Characters a typed phone number may contain besides digits. */
const PHONE_PUNCTUATION = /^\+?[\d\s().-]+$/;

/** Fewer digits than a US local number (7) is more likely an alias or a case number fragment. */
const LOOKUP_MIN_DIGITS = 7;
/** E.164 allows at most 15 digits; an international prefix ("011") can add 3. */
const LOOKUP_MAX_DIGITS = 18;

/**
 * Whether the case lookup field should search by phone rather than by alias: the
 * text is only digits and phone punctuation (an optional leading "+", spaces,
 * parentheses, dots, dashes) with 7 to 18 digits. Any letter makes it an alias.
 * It does not decide validity: a phone search still runs `normalizePhone` and shows
 * its problem, so "555-1234" (no area code) searches as a phone and is told why not.
 */
export function looksLikePhoneNumber(text: string): boolean {
  const trimmed = text.trim();
  if (!PHONE_PUNCTUATION.test(trimmed)) {
    return false;
  }
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= LOOKUP_MIN_DIGITS && digits <= LOOKUP_MAX_DIGITS;
}
