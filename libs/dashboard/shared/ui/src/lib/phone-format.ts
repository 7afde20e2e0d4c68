import { parsePhoneNumberFromString } from 'libphonenumber-js';
import {
  DEFAULT_PHONE_COUNTRY,
  isShortDialCode,
} from '@casebook/shared/domain';

/**
 * An E.164 number as people read it: national format for the helpline's own country
 * ("(201) 555-0123"), international for the rest ("+44 20 7946 0958"). A directory
 * entry's short dialling code is read as it is dialled: "988" (ADR 26).
 */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) {
    return '';
  }
  if (isShortDialCode(e164)) {
    return e164;
  }
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) {
    return e164;
  }
  return parsed.country === DEFAULT_PHONE_COUNTRY
    ? parsed.formatNational()
    : parsed.formatInternational();
}
