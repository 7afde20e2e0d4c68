import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isPlausibleTime } from '@casebook/shared/domain';

/** ISO-8601 date and time with a zone (Z or ±hh:mm): DESIGN.md keeps every time in UTC. */
const ZONED_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real instant with a zone, from the year 2000 up to 2100 (a year 0000 is a mistake, not a record). */
export function isZonedTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ZONED_TIMESTAMP.test(value) &&
    isRealDate(value) &&
    isPlausibleTime(Date.parse(value))
  );
}

/** Date.parse rolls 2026-02-30 over into March; the calendar date must exist as written. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** The property must be an ISO-8601 timestamp with a time zone, e.g. 2026-03-02T09:15:00Z. */
export function IsZonedTimestamp(
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isZonedTimestamp',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO-8601 time with a zone between the years 2000 and 2100, like 2026-03-02T09:15:00Z`,
        ...options,
      },
      validator: { validate: isZonedTimestamp },
    });
}
