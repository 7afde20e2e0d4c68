import type { Role } from './roles';

/** `POST /api/auth/login` body. */
export interface LoginRequest {
  username: string;
  password: string;
}

/** The signed-in user as the API reports it (`user` in the login reply, and `GET /api/auth/me`). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** `POST /api/auth/login` reply. `expiresAt` is when the session ends if it is not used again. */
export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

/**
 * `GET /api/auth/session` reply: the dashboard's check before an idle warning. `onCall`
 * says the server kept the session alive because its counselor is on an open call.
 */
export interface SessionCheckResponse {
  expiresAt: string;
  onCall: boolean;
}

/**
 * Every authenticated reply carries the session's new expiry in this header, so the
 * dashboard can warn one minute before an idle sign-out without polling.
 */
export const SESSION_EXPIRES_HEADER = 'Session-Expires-At';

/** Why the dashboard sent the user back to the login page; shown there as a message. */
export const SIGN_OUT_REASONS = [
  'idle',
  'expired',
  'revoked',
  'signed-out',
] as const;
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];
