/**
 * An ISO-8601 date-time with an explicit offset ("Z" or "+hh:mm"). The API speaks
 * UTC ISO-8601 (DESIGN.md); a time without an offset would be read in whatever zone
 * the parsing machine is in, so it is refused instead of guessed.
 */
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch for a `Date` or an ISO-8601 string with an offset;
 * null for anything else, including invalid dates such as "2025-02-30T00:00Z".
 */
export function toEpochMs(value: unknown): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms;
  }
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    return null;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    return null;
  }
  // Date.parse rolls "02-30" over to March; a calendar date that does not exist is refused.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return ms;
}
