import type { Request } from 'express';
import type { SessionUser } from '@casebook/shared/contracts';

/** What the session guard learns about the caller and hangs on the request. */
export interface RequestSession {
  sessionId: string;
  user: SessionUser;
  expiresAt: Date;
  /** On a passive check: whether the call it named kept the session alive (ADR 23). */
  onCall?: boolean;
}

export interface AuthenticatedRequest extends Request {
  session: RequestSession;
}
