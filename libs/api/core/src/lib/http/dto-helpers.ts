/** For `@ValidateIf`: check the field unless it is null (null clears an optional field). */
export const unlessNull = (_: object, value: unknown): boolean => value !== null;

/** For `@Transform`: trim text before it is validated and stored. */
export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** A LIKE pattern matching `text` anywhere, with its own % and _ taken literally (use `ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
