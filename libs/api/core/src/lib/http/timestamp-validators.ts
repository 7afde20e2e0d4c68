import { registerDecorator, type ValidationOptions } from 'class-validator';

/** ISO-8601 date and time with a zone (Z or ±hh:mm): DESIGN.md keeps every time in UTC. */
const ZONED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isZonedTimestamp(value: unknown): value is string {
  return typeof value === 'string' && ZONED_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/** The property must be an ISO-8601 timestamp with a time zone, e.g. 2026-03-02T09:15:00Z. */
export function IsZonedTimestamp(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isZonedTimestamp',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO-8601 time with a zone, like 2026-03-02T09:15:00Z`,
        ...options,
      },
      validator: { validate: isZonedTimestamp },
    });
}
