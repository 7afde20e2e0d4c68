import { Validators, type ValidatorFn } from '@angular/forms';
import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  USERNAME_PATTERN,
} from '@casebook/shared/domain';

/** Refuses a value of spaces only, which `Validators.required` lets through. */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' &&
  control.value.length > 0 &&
  control.value.trim() === ''
    ? { blank: true }
    : null;

/** The same limits the API applies, from `@casebook/shared/domain`. */
export const usernameValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(USERNAME_MIN_LENGTH),
  Validators.maxLength(USERNAME_MAX_LENGTH),
  Validators.pattern(USERNAME_PATTERN),
];

export const displayNameValidators: ValidatorFn[] = [
  Validators.required,
  notBlank,
  Validators.maxLength(DISPLAY_NAME_MAX_LENGTH),
];

export const passwordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];
