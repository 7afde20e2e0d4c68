import {
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { RequestValidationError } from '@casebook/api/core';

export const CallbackErrors = {
  notFound: () => new NotFoundException('No such call-back'),
  unknownCase: () =>
    new RequestValidationError([
      { field: 'caseId', message: 'caseId does not name a case' },
    ]),
  unknownCall: (field: string) =>
    new RequestValidationError([
      { field, message: `${field} does not name a call` },
    ]),
  notACaller: () =>
    new RequestValidationError([
      {
        field: 'assignedToId',
        message: 'assignedToId must name an active counselor or supervisor',
      },
    ]),
  stale: () =>
    new ConflictException(
      'This call-back was changed since you loaded it; reload the queue',
    ),
  notYours: () =>
    new ForbiddenException(
      'This call-back is assigned to someone else; ask a supervisor to reassign it',
    ),
  allIsForSupervisors: () =>
    new ForbiddenException('Only supervisors see every queue'),
};
