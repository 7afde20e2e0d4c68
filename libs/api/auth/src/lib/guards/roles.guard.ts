import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@casebook/shared/contracts';
import { ALLOWED_ROLES, type AuthenticatedRequest } from '@casebook/api/core';

/** Global guard after the session guard: a route marked @Roles(...) admits only those roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(
      ALLOWED_ROLES,
      [context.getHandler(), context.getClass()],
    );
    if (!allowed) return true;
    const { session } = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest>();
    if (session && allowed.includes(session.user.role)) return true;
    throw new ForbiddenException('Your role does not allow this');
  }
}
