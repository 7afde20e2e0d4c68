import {
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Role } from '@casebook/shared/contracts';
import type { AuthenticatedRequest, RequestSession } from './request-session';

export const IS_PUBLIC = 'casebook:isPublic';
export const ALLOWED_ROLES = 'casebook:allowedRoles';
export const OWN_TRANSACTIONS = 'casebook:ownTransactions';
export const PASSIVE_SESSION = 'casebook:passiveSession';

/** Opens a route to callers without a session. Every other route requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Limits a route (or a controller) to these roles; listed explicitly, there is no hierarchy. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/**
 * A write route that opens its own transactions instead of running whole in one (sign-in:
 * a password hash must not hold SQLite's one write transaction for 100 ms).
 */
export const OwnTransactions = () => SetMetadata(OWN_TRANSACTIONS, true);

/**
 * A route whose request is not activity: the session guard checks the session without
 * restarting its idle timer (the dashboard's check before an idle warning).
 */
export const PassiveSession = () => SetMetadata(PASSIVE_SESSION, true);

/** The session of the signed-in caller, put on the request by the session guard. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestSession =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().session,
);
