import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import {
  NETWORK_ERROR_MESSAGE,
  SERVER_ERROR_MESSAGE,
  toApiError,
} from './api-error';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    statusText: 'Status Text',
    error: body,
    headers: new HttpHeaders(),
  });
}

describe('toApiError', () => {
  it('keeps the API error body, fields included', () => {
    const error = toApiError(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        fields: [
          { field: 'username', message: 'username is too short' },
          { bogus: true },
        ],
      }),
    );
    expect(error).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [{ field: 'username', message: 'username is too short' }],
    });
  });

  it('passes on the 429 message the user must see', () => {
    const error = toApiError(
      httpError(429, {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Too many failed sign-ins. Try again in 5 minutes.',
      }),
    );
    expect(error.statusCode).toBe(429);
    expect(error.message).toBe(
      'Too many failed sign-ins. Try again in 5 minutes.',
    );
    expect(error.fields).toBeUndefined();
  });

  it('joins an array of messages (Nest default validation replies)', () => {
    expect(
      toApiError(httpError(400, { message: ['a is bad', 'b is bad'] })).message,
    ).toBe('a is bad; b is bad');
  });

  it('explains a request that got no reply', () => {
    expect(toApiError(httpError(0, new ProgressEvent('error')))).toEqual({
      statusCode: 0,
      error: 'Network Error',
      message: NETWORK_ERROR_MESSAGE,
    });
  });

  it('never shows a server body without a message, e.g. a proxy page', () => {
    const error = toApiError(httpError(502, '<html>Bad gateway</html>'));
    expect(error.statusCode).toBe(502);
    expect(error.message).toBe(SERVER_ERROR_MESSAGE);
  });

  it('turns a non-HTTP failure into a client error', () => {
    expect(toApiError(new TypeError('x is undefined')).error).toBe(
      'Client Error',
    );
  });
});
