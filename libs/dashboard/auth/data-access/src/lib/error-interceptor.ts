import {
  HttpErrorResponse,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { catchError, throwError } from 'rxjs';
import { HttpSessionActions } from './auth.actions';
import { HANDLES_UNAUTHORIZED } from './http-context';

/**
 * A 401 on a request that carried a token means the session is gone (idle timeout,
 * the 12-hour limit, logout elsewhere, deactivation): sign out here too. The error is
 * passed on unchanged, so the caller still turns it into its own failure action.
 * Must run after `authInterceptor`, which adds the header this checks.
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  const clock = inject(CLOCK);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        request.headers.has('Authorization') &&
        !request.context.get(HANDLES_UNAUTHORIZED)
      ) {
        store.dispatch(
          HttpSessionActions.unauthorizedReceived({ receivedAt: clock.now() }),
        );
      }
      return throwError(() => error);
    }),
  );
};
