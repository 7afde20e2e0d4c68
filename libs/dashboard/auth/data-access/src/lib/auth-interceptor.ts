import { HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import { API_BASE_URL, CLOCK } from '@casebook/dashboard/shared/data-access';
import { tap } from 'rxjs';
import { HttpSessionActions } from './auth.actions';
import { authFeature } from './auth.feature';
import { SKIP_AUTH } from './http-context';
import { localExpiry } from './local-expiry';

/**
 * Adds the bearer token to requests for our API (never to another origin) and reports
 * the session's new expiry from every reply, which is what drives the idle warning.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  const clock = inject(CLOCK);
  const apiBaseUrl = inject(API_BASE_URL);
  const isApiRequest =
    request.url === apiBaseUrl || request.url.startsWith(`${apiBaseUrl}/`);
  const token = store.selectSignal(authFeature.selectToken)();
  if (!isApiRequest || !token || request.context.get(SKIP_AUTH)) {
    return next(request);
  }
  const authenticated = request.clone({
    setHeaders: { Authorization: `Bearer ${token}` },
  });
  return next(authenticated).pipe(
    tap((event) => {
      if (!(event instanceof HttpResponse)) {
        return;
      }
      const expiresAt = event.headers.get(SESSION_EXPIRES_HEADER);
      if (expiresAt && Number.isFinite(Date.parse(expiresAt))) {
        const receivedAt = clock.now();
        store.dispatch(
          HttpSessionActions.expiryReceived({
            expiresAt: localExpiry(
              expiresAt,
              event.headers.get('Date'),
              receivedAt,
            ),
            receivedAt,
          }),
        );
      }
    }),
  );
};
