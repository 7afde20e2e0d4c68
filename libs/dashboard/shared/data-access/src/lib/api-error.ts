import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldError } from '@casebook/shared/contracts';

/** Shown when the browser got no reply at all (server down, network gone, request blocked). */
export const NETWORK_ERROR_MESSAGE =
  'The server could not be reached. Check the connection and try again.';

/** Shown for a 5xx without a usable body: the server never sends internals, so neither do we. */
export const SERVER_ERROR_MESSAGE =
  'The server ran into a problem. Try again in a moment.';

/**
 * Turns whatever a failed request threw into the API's error shape, so every failure
 * action carries one type and every message the user sees comes from one place.
 */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      statusCode: 0,
      error: 'Client Error',
      message:
        'Something went wrong in the dashboard. Reload the page and try again.',
    };
  }
  if (error.status === 0) {
    return {
      statusCode: 0,
      error: 'Network Error',
      message: NETWORK_ERROR_MESSAGE,
    };
  }
  const body: unknown = error.error;
  if (isRecord(body)) {
    const message = readMessage(body['message']);
    if (message) {
      const fields = readFields(body['fields']);
      return {
        statusCode:
          typeof body['statusCode'] === 'number'
            ? body['statusCode']
            : error.status,
        error:
          typeof body['error'] === 'string' ? body['error'] : error.statusText,
        message,
        ...(fields.length > 0 ? { fields } : {}),
      };
    }
  }
  return {
    statusCode: error.status,
    error: error.statusText,
    message:
      error.status >= 500
        ? SERVER_ERROR_MESSAGE
        : `The request failed (${error.status}).`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nest's default validation replies carry a string array; ours carry one string. Accept both. */
function readMessage(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) {
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join('; ') || null;
  }
  return null;
}

function readFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(
    (item): item is FieldError =>
      isRecord(item) &&
      typeof item['field'] === 'string' &&
      typeof item['message'] === 'string',
  );
}
