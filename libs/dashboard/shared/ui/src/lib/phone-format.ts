import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DEFAULT_PHONE_COUNTRY } from '@casebook/shared/domain';

/**
 * An E.164 number as people read it: national format for the helpline's own country
 * ("(201) 555-0123"), international for the rest ("+44 20 7946 0958").
 */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) {
    return '';
  }
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) {
    return e164;
  }
  return parsed.country === DEFAULT_PHONE_COUNTRY
    ? parsed.formatNational()
    : parsed.formatInternational();
}
