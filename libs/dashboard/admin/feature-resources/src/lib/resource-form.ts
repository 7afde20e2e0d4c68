import {
  Validators,
  type AbstractControl,
  type ValidatorFn,
} from '@angular/forms';
import { normalizeDirectoryPhone } from '@casebook/shared/domain';
import { serverError } from '@casebook/dashboard/shared/ui';

/** The API's limits (libs/api/resources DTOs), checked here first so typing gets feedback. */
export const RESOURCE_LIMITS = {
  name: 120,
  hours: 200,
  notes: 1000,
  languages: 10,
  language: 30,
} as const;

/** Refuses a value of spaces only, which `Validators.required` lets through. */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' &&
  control.value.length > 0 &&
  control.value.trim() === ''
    ? { blank: true }
    : null;

/** An empty phone is fine (not every service has one); anything else must be a number or a short code such as 988. */
export const phoneNumber: ValidatorFn = (control) => {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return value && !normalizeDirectoryPhone(value).ok ? { phone: true } : null;
};

/** "English, Spanish" → ["English", "Spanish"]; blanks between commas are dropped. */
export function parseLanguages(text: string): string[] {
  return text
    .split(',')
    .map((language) => language.trim())
    .filter((language) => language.length > 0);
}

/** At most 10 languages, each at most 30 characters, as the API allows. */
export const languageList: ValidatorFn = (control) => {
  const languages = parseLanguages(
    typeof control.value === 'string' ? control.value : '',
  );
  if (languages.length > RESOURCE_LIMITS.languages) {
    return { tooManyLanguages: true };
  }
  return languages.some(
    (language) => language.length > RESOURCE_LIMITS.language,
  )
    ? { languageTooLong: true }
    : null;
};

export const nameValidators: ValidatorFn[] = [
  Validators.required,
  notBlank,
  Validators.maxLength(RESOURCE_LIMITS.name),
];

/** The one message a field shows under it: the first failed rule, worded for people. */
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
  if (errors['maxlength']) {
    return `Use at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
  }
  if (errors['phone']) {
    return 'Enter a phone number, e.g. (201) 555-0123 or +44 20 7946 0958, or a short code such as 988.';
  }
  if (errors['tooManyLanguages']) {
    return `List at most ${RESOURCE_LIMITS.languages} languages.`;
  }
  if (errors['languageTooLong']) {
    return `Keep each language to ${RESOURCE_LIMITS.language} characters.`;
  }
  return 'Check this value.';
}
