import type { ValidationError } from 'class-validator';
import type { FieldError } from '@casebook/shared/contracts';

/**
 * Flattens class-validator's tree into one message per bad field, named by its dotted
 * path as the client sent it. Messages are ours (from the DTO decorators) and never echo
 * the submitted value, which may be PHI.
 */
export function toFieldErrors(
  errors: ValidationError[],
  parent = '',
): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(
      ([rule, message]) => ({
        field,
        message:
          rule === 'whitelistValidation'
            ? `${field} is not an accepted field`
            : message,
      }),
    );
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
