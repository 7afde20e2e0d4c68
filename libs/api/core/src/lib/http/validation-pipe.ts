import { ValidationPipe } from '@nestjs/common';
import { toFieldErrors } from './field-errors';
import { RequestValidationError } from './request-validation-error';

/** The one global pipe: unknown fields are refused, not silently dropped (DESIGN.md, HTTP API). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new RequestValidationError(toFieldErrors(errors)),
  });
}
