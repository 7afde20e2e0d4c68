/*
 * The US three-digit dialling codes: the N11 codes (211, 311, … 911) and 988, the
 * Suicide & Crisis Lifeline. They are dialled as they are and have no E.164 form, so a
 * directory entry stores one as its three digits; anything else it stores in E.164,
 * which always starts with "+", so the two cannot be confused (ADR 26). Exactly these
 * codes are accepted: any other short number is more likely a typing slip.
 */
const SHORT_DIAL_CODE = /^(?:[2-9]11|988)$/;

/** Whether `text` (trimmed) is one of the US three-digit dialling codes, N11 or 988. */
export function isShortDialCode(text: string): boolean {
  return SHORT_DIAL_CODE.test(text.trim());
}
