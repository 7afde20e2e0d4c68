import { HttpContextToken } from '@angular/common/http';

/**
 * Send this request without the bearer token (login: a stale token from an old
 * session must not ride along).
 */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

/**
 * The caller deals with a 401 itself, so the error interceptor must not treat it as
 * "the session is gone" (restoring a kept token, logging out).
 */
export const HANDLES_UNAUTHORIZED = new HttpContextToken<boolean>(() => false);
