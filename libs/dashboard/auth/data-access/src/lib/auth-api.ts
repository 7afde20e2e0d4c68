import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LoginRequest,
  LoginResponse,
  SessionCheckResponse,
  SessionUser,
} from '@casebook/shared/contracts';
import { API_BASE_URL, CLOCK } from '@casebook/dashboard/shared/data-access';
import { map, type Observable } from 'rxjs';
import { HANDLES_UNAUTHORIZED, SKIP_AUTH } from './http-context';
import { localExpiry } from './local-expiry';

/** The `/api/auth` endpoints. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/auth`;
  private readonly clock = inject(CLOCK);

  /** Exchanges credentials for a session token; `expiresAt` comes back on this browser's clock. */
  login(credentials: LoginRequest): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(`${this.baseUrl}/login`, credentials, {
        context: new HttpContext().set(SKIP_AUTH, true),
        observe: 'response',
      })
      .pipe(
        map((response) => {
          const body = response.body as LoginResponse;
          const expiresAt = localExpiry(
            body.expiresAt,
            response.headers.get('Date'),
            this.clock.now(),
          );
          return { ...body, expiresAt };
        }),
      );
  }

  /**
   * The session's expiry without counting as activity, except that the server extends it
   * while `openCallId`, the call on screen, is open and not marked ended (ADR 23). The new expiry arrives, as on every reply,
   * in the Session-Expires-At header the auth interceptor reads.
   */
  sessionCheck(openCallId: string | null): Observable<SessionCheckResponse> {
    return this.http.get<SessionCheckResponse>(`${this.baseUrl}/session`, {
      params: openCallId ? { callId: openCallId } : {},
    });
  }

  /** Ends the session on the server. A 401 here only means it had already ended. */
  logout(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/logout`, null, {
      context: new HttpContext().set(HANDLES_UNAUTHORIZED, true),
    });
  }

  /**
   * Who the token belongs to. Any authenticated request refreshes the idle timer, so
   * this doubles as "stay signed in". `handlesUnauthorized` is for restoring a kept
   * token, where a 401 is an expected answer rather than a session ending under the user.
   */
  me(options: { handlesUnauthorized?: boolean } = {}): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${this.baseUrl}/me`, {
      context: new HttpContext().set(
        HANDLES_UNAUTHORIZED,
        options.handlesUnauthorized ?? false,
      ),
    });
  }
}
