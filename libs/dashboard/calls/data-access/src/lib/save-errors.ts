import type { ApiError } from '@casebook/shared/contracts';
import {
  NETWORK_ERROR_MESSAGE,
  toApiError,
} from '@casebook/dashboard/shared/data-access';
import { TimeoutError } from 'rxjs';

/** A failed save as the status line reports it; a request that timed out counts as offline. */
export function toSaveError(error: unknown): ApiError {
  if (error instanceof TimeoutError) {
    return { statusCode: 0, error: 'Timeout', message: NETWORK_ERROR_MESSAGE };
  }
  return toApiError(error);
}

/**
 * Whether a failed save is tried again by itself: no connection, a lost create (404), a
 * busy or broken server. A refusal (400), a finalized call (409), a signed-out user (401)
 * or a forbidden one (403) would fail the same way again.
 */
export function isRetryable(error: ApiError): boolean {
  const status = error.statusCode;
  return (
    status === 0 ||
    status === 404 ||
    status === 408 ||
    status === 425 ||
    status === 429 ||
    status >= 500
  );
}
