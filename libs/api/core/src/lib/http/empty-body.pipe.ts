import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from './request-validation-error';

/**
 * For a write that takes no body (`@Body(EmptyBodyPipe)`): any field sent is refused,
 * like an unknown field of every other write, instead of being silently ignored.
 */
@Injectable()
export class EmptyBodyPipe implements PipeTransform {
  transform(value: unknown): undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new RequestValidationError([
        { field: 'body', message: 'This request takes no body' },
      ]);
    }
    const fields = Object.keys(value);
    if (fields.length) {
      throw new RequestValidationError(
        fields.map((field) => ({
          field,
          message: `${field} is not an accepted field`,
        })),
      );
    }
    return undefined;
  }
}
