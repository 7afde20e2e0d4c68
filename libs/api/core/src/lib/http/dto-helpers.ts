import { ValidateIf } from 'class-validator';

/** For `@ValidateIf`: check the field unless it is null (null clears an optional field). */
export const unlessNull = (_: object, value: unknown): boolean =>
  value !== null;

/** For `@Transform`: trim text before it is validated and stored. */
export const trimText = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** A LIKE pattern matching `text` anywhere, with its own % and _ taken literally (use `ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * For a field that may be left out but not sent as null. class-validator's `@IsOptional()`
 * skips the field's rules for null as well as for undefined, letting null through to a
 * NOT NULL column (a 500); with this the field's own rules refuse null, naming the field.
 */
export const IsOptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_: object, value: unknown) => value !== undefined);
