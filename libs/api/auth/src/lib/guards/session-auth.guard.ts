import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import { type AuthenticatedRequest, IS_PUBLIC } from '@casebook/api/core';
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
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedException('Sign in to continue');
    const session = await this.sessions.authenticate(token);
    if (!session) throw new UnauthorizedException('Your session has ended. Please sign in again.');
    request.session = session;
    http.getResponse<Response>().setHeader(SESSION_EXPIRES_HEADER, session.expiresAt.toISOString());
    return true;
  }
}
