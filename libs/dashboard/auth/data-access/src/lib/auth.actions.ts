import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  LoginRequest,
  LoginResponse,
  SessionUser,
} from '@casebook/shared/contracts';

/** The app booting: a token kept from before a reload, if any, is restored. */
export const AppActions = createActionGroup({
  source: 'App',
  events: {
    Started: props<{ storedToken: string | null }>(),
  },
});

/** What the user does on the login page. */
export const LoginPageActions = createActionGroup({
  source: 'Login Page',
  events: {
    Submitted: props<{ credentials: LoginRequest }>(),
  },
});

/** What the user does in the signed-in layout (toolbar). */
export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

/** The two answers to the "you will be signed out" warning. */
export const IdleDialogActions = createActionGroup({
  source: 'Idle Dialog',
  events: {
    'Stay Signed In Clicked': emptyProps(),
    'Sign Out Clicked': emptyProps(),
  },
});

/**
 * What the HTTP interceptors learned from a reply to an authenticated request.
 * `receivedAt` is the clock time, so the reducer stays a pure function.
 */
export const HttpSessionActions = createActionGroup({
  source: 'HTTP Session',
  events: {
    'Expiry Received': props<{ expiresAt: string; receivedAt: number }>(),
    'Unauthorized Received': props<{ receivedAt: number }>(),
  },
});

/** The idle timer, running from the latest known expiry. */
export const SessionTimerActions = createActionGroup({
  source: 'Session Timer',
  events: {
    /** A minute before the expiry: ask the server first (an open call keeps the session). */
    'Check Due': emptyProps(),
    /** The server gave the session more time: no warning. */
    'Extended By Server': emptyProps(),
    'Warning Due': emptyProps(),
    Expired: emptyProps(),
  },
});

/** Results of the auth endpoints. */
export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Login Succeeded': props<{ response: LoginResponse; receivedAt: number }>(),
    'Login Failed': props<{ error: ApiError }>(),
    'Session Restored': props<{ user: SessionUser }>(),
    'Session Restore Failed': props<{ error: ApiError }>(),
    'Session Extended': props<{ user: SessionUser }>(),
    'Session Extend Failed': props<{ error: ApiError }>(),
    'Logout Succeeded': emptyProps(),
    'Logout Failed': props<{ error: ApiError }>(),
  },
});

/**
 * Which call the counselor has on screen, open and not marked ended: the session check
 * names it, and the server keeps the session alive while it stays open (ADR 23).
 */
export const OpenCallActions = createActionGroup({
  source: 'Call Screen',
  events: {
    'Call On Screen': props<{ callId: string }>(),
    'No Call On Screen': emptyProps(),
  },
});
