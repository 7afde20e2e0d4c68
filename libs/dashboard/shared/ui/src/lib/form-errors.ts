import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiError } from '@casebook/shared/contracts';

/** The validation error key under which a server message sits on a control. */
export const SERVER_ERROR_KEY = 'server';

/**
 * Puts each of the API's field errors on the form control of the same name (as
 * `errors.server`, shown by the field's `mat-error`), so the user sees the problem where
 * they fix it. Returns the message to show above the form, or null when every problem
 * landed on a field. `fallbackField` takes a field-less error for that field (a 409 on
 * create means the username exists).
 */
export function applyApiErrors(
  form: FormGroup,
  error: ApiError,
  fallbackField?: string,
): string | null {
  let unplaced = false;
  for (const { field, message } of error.fields ?? []) {
    const control = form.get(field);
    if (control) {
      setServerError(control, message);
    } else {
      unplaced = true;
    }
  }
  if (!error.fields?.length) {
    const control = fallbackField ? form.get(fallbackField) : null;
    if (control) {
      setServerError(control, error.message);
      return null;
    }
    return error.message;
  }
  return unplaced ? error.message : null;
}

/** The server's message on a control, if it has one. */
export function serverError(control: AbstractControl | null): string | null {
  const value: unknown = control?.errors?.[SERVER_ERROR_KEY];
  return typeof value === 'string' ? value : null;
}

function setServerError(control: AbstractControl, message: string): void {
  control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: message });
  // Show it now, not only after the user leaves the field.
  control.markAsTouched();
}
