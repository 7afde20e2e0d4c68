import type {
  ApiError,
  LoginResponse,
  SessionUser,
} from '@casebook/shared/contracts';
import { initialAuthState, type AuthState } from '../auth.feature';

/** A counselor as the API reports them. */
export const counselor: SessionUser = {
  id: 'u-1',
  username: 'sam',
  displayName: 'Sam Rivera',
  role: 'counselor',
};

/** 10:00 UTC on a fixed day; every time in these specs is relative to it. */
export const T0 = Date.parse('2026-03-02T10:00:00.000Z');

/** An ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(T0 + minutes * 60_000).toISOString();
}

/** A login reply whose session expires after 15 idle minutes. */
export const loginResponse: LoginResponse = {
  accessToken: 'token-1',
  expiresAt: at(15),
  user: counselor,
};

/** The state right after that login, answered at T0. */
export const signedInState: AuthState = {
  ...initialAuthState,
  user: counselor,
  token: 'token-1',
  expiresAt: at(15),
  idleMinutes: 15,
  status: 'signed-in',
};

export const unauthorized: ApiError = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Invalid username or password',
};
