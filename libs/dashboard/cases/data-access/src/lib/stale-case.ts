import { HttpErrorResponse } from '@angular/common/http';
import type { CaseRecord, StaleCaseError } from '@casebook/shared/contracts';

/**
 * The 409 body of a stale case update, or null for any other failure. `toApiError`
 * keeps only the common error fields, so the case it carries is read here.
 */
export function readStaleCaseError(error: unknown): StaleCaseError | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) {
    return null;
  }
  const { message, current } = body as Partial<StaleCaseError>;
  return isCaseRecord(current)
    ? {
        statusCode: 409,
        error: 'Conflict',
        message:
          typeof message === 'string' ? message : 'The case has changed.',
        current,
      }
    : null;
}

function isCaseRecord(value: unknown): value is CaseRecord {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Partial<CaseRecord>;
  return typeof record.id === 'string' && typeof record.version === 'number';
}
