import { ConflictException, NotFoundException } from '@nestjs/common';
import type { CaseRecord, StaleCaseError } from '@casebook/shared/contracts';
import { RequestValidationError } from '@casebook/api/core';

/** The case module's failures, each with the status and words the counselor sees. */
export const CaseErrors = {
  notFound: () => new NotFoundException('No such case'),
  badPhone: () =>
    new RequestValidationError([
      { field: 'phone', message: 'phone is not a phone number' },
    ]),
  lastUseInFuture: () =>
    new RequestValidationError([
      { field: 'lastUseAt', message: 'lastUseAt must not be in the future' },
    ]),
  stale: (current: CaseRecord) =>
    new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message:
        'Someone else changed this case since you opened it. Their version is shown; re-apply your change to it.',
      current,
    } satisfies StaleCaseError),
};
