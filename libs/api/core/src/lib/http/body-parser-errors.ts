import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@casebook/shared/contracts';

/** Body size limit of DESIGN.md: bigger bodies get 413. */
export const BODY_LIMIT = '1mb';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/**
 * Express error middleware placed right after the JSON parser: its failures never reach
 * Nest's filters, and express's default handler answers in HTML with a stack.
 */
export function bodyParserErrors(
  error: BodyParserError,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const reply = (statusCode: number, errorName: string, message: string) =>
    res
      .status(statusCode)
      .json({ statusCode, error: errorName, message } satisfies ApiError);
  switch (error.type) {
    case 'entity.parse.failed':
      return void reply(
        400,
        'Bad Request',
        'The request body is not valid JSON',
      );
    case 'entity.too.large':
      return void reply(
        413,
        'Payload Too Large',
        'The request body is larger than 1 MB',
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return void reply(
        415,
        'Unsupported Media Type',
        'The request body must be UTF-8 JSON',
      );
    default:
      if (error.status && error.status >= 400 && error.status < 500) {
        return void reply(
          error.status,
          'Bad Request',
          'The request body could not be read',
        );
      }
      next(error);
  }
}
