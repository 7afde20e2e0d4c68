import type { CountryCode } from 'libphonenumber-js';
import {
  DEFAULT_PHONE_COUNTRY,
  NOT_A_PHONE_NUMBER,
  normalizePhone,
} from './phone';
import { isShortDialCode } from './short-code';

/** A directory entry's phone as stored, or why the input is not one. */
export type DirectoryPhone =
  | { readonly ok: true; readonly phone: string; readonly extension?: string }
  | { readonly ok: false; readonly problem: typeof NOT_A_PHONE_NUMBER };

/**
 * A directory entry's phone: a US short dialling code (988, 211 … 911) as its three
 * digits, anything else as E.164 through `normalizePhone`. Only the directory takes
 * short codes: a caller's number (cases, lookups) is never one.
 */
export function normalizeDirectoryPhone(
  input: unknown,
  defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY,
): DirectoryPhone {
  if (typeof input === 'string' && isShortDialCode(input)) {
    return { ok: true, phone: input.trim() };
  }
  const normalized = normalizePhone(input, defaultCountry);
  if (!normalized.ok) {
    return normalized;
  }
  return normalized.extension
    ? { ok: true, phone: normalized.e164, extension: normalized.extension }
    : { ok: true, phone: normalized.e164 };
}
