import {
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { RequestValidationError } from '@casebook/api/core';

/** The calls module's failures, each with the status and words the counselor sees. */
export const CallErrors = {
  notFound: () => new NotFoundException('No such call'),
  unknownCase: () =>
    new RequestValidationError([
      { field: 'caseId', message: 'caseId does not name a case' },
    ]),
  finalized: () =>
    new ConflictException(
      'This call is finalized and can no longer change; add an addendum instead',
    ),
  notFinalized: () =>
    new ConflictException(
      'This call is still a draft: edit the draft instead of adding an addendum',
    ),
  stale: () =>
    new ConflictException(
      'This draft was changed since you loaded it; reload it to see the latest',
    ),
  notOwner: () =>
    new ForbiddenException(
      'Only the counselor who took this call can change its draft',
    ),
  draftOfAnother: () =>
    new ForbiddenException(
      "A draft is its counselor's until it is finalized; a supervisor can read it",
    ),
  discarded: () =>
    new ConflictException('This draft was discarded and can no longer change'),
  notEmpty: () =>
    new ConflictException(
      'This draft has content, so it was kept; discard it from My drafts if it is not needed',
    ),
  notYoursToDiscard: () =>
    new ForbiddenException(
      'Only the counselor who took this call, or a supervisor, can discard its draft',
    ),
  idTaken: () => new ConflictException('A call with this id already exists'),
};
