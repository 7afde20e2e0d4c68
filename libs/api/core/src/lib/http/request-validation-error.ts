import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@casebook/shared/contracts';

/** A 400 that carries the named fields through to the exception filter. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    super(
      fields.length
        ? `Invalid request: ${fields.map((f) => f.message).join('; ')}`
        : 'Invalid request',
    );
  }
}
