import type { Request } from 'express';
import type { SessionUser } from '@casebook/shared/contracts';

/** What the session guard learns about the caller and hangs on the request. */
export interface RequestSession {
  sessionId: string;
  user: SessionUser;
  expiresAt: Date;
}

export interface AuthenticatedRequest extends Request {
  session: RequestSession;
}
