import {
  CanActivate,
  ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import {
  type AuthenticatedRequest,
  IS_PUBLIC,
  PASSIVE_SESSION,
} from '@casebook/api/core';
import { SessionService } from '../sessions/session.service';
import { bearerToken } from './bearer-token';

/**
 * Global guard: every route needs a live session unless marked @Public(). The reply
 * carries the session's new expiry so the dashboard can warn before an idle sign-out.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedException('Sign in to continue');
    const passive = this.reflector.getAllAndOverride<boolean>(PASSIVE_SESSION, [
      context.getHandler(),
      context.getClass(),
    ]);
    const session = await this.sessions.authenticate(token, {
      touch: !passive,
      callId: passive ? namedCall(request) : null,
    });
    if (!session)
      throw new UnauthorizedException(
        'Your session has ended. Please sign in again.',
      );
    request.session = session;
    http
      .getResponse<Response>()
      .setHeader(SESSION_EXPIRES_HEADER, session.expiresAt.toISOString());
    return true;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The call a passive check names (`?callId=`), when it is a well-formed id; the route's DTO refuses a bad one. */
function namedCall(request: AuthenticatedRequest): string | null {
  const callId = request.query['callId'];
  return typeof callId === 'string' && UUID.test(callId) ? callId : null;
}
