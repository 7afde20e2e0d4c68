import type { AbstractControl } from '@angular/forms';
import { USERNAME_RULE_TEXT } from '@casebook/shared/domain';
import { serverError } from '@casebook/dashboard/shared/ui';

/**
 * The one message a field shows under it: the first failed rule, worded for people.
 * `what` names the value as in "Enter a username.".
 */
export function fieldError(
  control: AbstractControl,
  what: string,
): string | null {
  const errors = control.errors;
  if (!errors) {
    return null;
  }
  const fromServer = serverError(control);
  if (fromServer) {
    return fromServer;
  }
  if (errors['required'] || errors['blank']) {
    return `Enter ${what}.`;
  }
  if (errors['minlength']) {
    return `Use at least ${(errors['minlength'] as { requiredLength: number }).requiredLength} characters.`;
  }
  if (errors['maxlength']) {
    return `Use at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
  }
  if (errors['pattern']) {
    return `Use ${USERNAME_RULE_TEXT}.`;
  }
  if (errors['mismatch']) {
    return 'The two passwords differ.';
  }
  return 'Check this value.';
}
