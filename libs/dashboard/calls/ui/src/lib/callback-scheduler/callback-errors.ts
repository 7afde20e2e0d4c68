import type { ApiError } from '@casebook/shared/contracts';

/** The fields the panel shows a refusal beside; any other field's message goes below. */
const FIELDS_SHOWN_BESIDE = ['dueAt', 'reason'];

/** The API's message for one field of the panel, if the last refusal named it. */
export function callbackFieldError(
  error: ApiError | null,
  field: string,
): string | null {
  return error?.fields?.find((each) => each.field === field)?.message ?? null;
}

/**
 * What of the last refusal is not shown beside a field: the other fields' messages, or
 * the whole message when it named no field; null when every field is shown beside.
 */
export function callbackOtherError(error: ApiError | null): string | null {
  if (!error) {
    return null;
  }
  const others = (error.fields ?? []).filter(
    (field) => !FIELDS_SHOWN_BESIDE.includes(field.field),
  );
  if (error.fields?.length && others.length === 0) {
    return null;
  }
  return others.length
    ? others.map((field) => `${field.field}: ${field.message}`).join('; ')
    : error.message;
}
