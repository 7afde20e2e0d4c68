import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AccessRefusals } from '../auth/access-refusals';
import type { ApiError } from '@casebook/shared/contracts';
import { RequestValidationError } from './request-validation-error';

/**
 * Every error leaves the API as `{statusCode, error, message}` (plus `fields` on validation
 * errors). Anything that is not an HttpException is a bug: the client gets a bare 500 and
 * the log gets the error's type and stack, never its properties (a QueryFailedError
 * carries the SQL and its parameters, which may be PHI).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  /** `refusals` audits every 403 before it is answered. */
  constructor(private readonly refusals?: AccessRefusals) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (response.headersSent) {
      response.end();
      return;
    }
    if (body.statusCode !== 403 || !this.refusals) {
      response.status(body.statusCode).json(body);
      return;
    }
    // The refusal is on record before the client hears of it; a failing audit write is
    // logged but does not turn the 403 into a 500.
    this.refusals
      .record(host.switchToHttp().getRequest<Request>())
      .catch((error: unknown) =>
        this.logger.error(
          { errorType: error instanceof Error ? error.name : 'unknown' },
          'Refusal not audited',
        ),
      )
      .finally(() => response.status(body.statusCode).json(body));
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const body: ApiError = {
        ...extraFields(exception),
        statusCode,
        error: reasonPhrase(statusCode),
        message: messageOf(exception),
      };
      if (exception instanceof RequestValidationError)
        body.fields = exception.fields;
      return body;
    }
    const error =
      exception instanceof Error ? exception : new Error('non-Error thrown');
    this.logger.error(
      {
        errorType: error.name,
        stack: error.stack?.split('\n').slice(1).join('\n'),
      },
      'Unhandled error',
    );
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Nothing was saved.',
    };
  }
}

/** Fields our own exceptions add to the reply body, such as the current record of a 409. */
function extraFields(exception: HttpException): Record<string, unknown> {
  const response = exception.getResponse();
  if (typeof response !== 'object' || response === null) return {};
  const extra: Record<string, unknown> = { ...response };
  delete extra['statusCode'];
  delete extra['error'];
  delete extra['message'];
  return extra;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function reasonPhrase(statusCode: number): string {
  const name = HttpStatus[statusCode];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
