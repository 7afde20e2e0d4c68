import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  SessionUser,
  SignOutReason,
} from '@casebook/shared/contracts';
import {
  AppActions,
  AuthApiActions,
  HttpSessionActions,
  IdleDialogActions,
  LoginPageActions,
  OpenCallActions,
  SessionTimerActions,
  ShellActions,
} from './auth.actions';
import { signOutMessage } from './sign-out-message';

/** Where the session stands; `restoring` holds route guards until `/api/auth/me` answers. */
export type AuthStatus =
  'signed-out' | 'restoring' | 'signing-in' | 'signed-in' | 'signing-out';

/** The signed-in user, their token and what the dashboard knows of the session's life. */
export interface AuthState {
  user: SessionUser | null;
  token: string | null;
  /** When the session ends if unused: the latest `Session-Expires-At` the API sent. */
  expiresAt: string | null;
  /** The server's idle limit, measured from a reply to the expiry it carried. */
  idleMinutes: number | null;
  status: AuthStatus;
  /** The last failure of login or session restore, shown on the login page. */
  error: ApiError | null;
  /** Why the user was sent to the login page, shown there. */
  signOutReason: SignOutReason | null;
  /** The idle warning is up. */
  idleWarning: boolean;
  /** The open call on screen, which keeps the session alive (ADR 23); null when none. */
  openCallId: string | null;
}

export const initialAuthState: AuthState = {
  user: null,
  token: null,
  expiresAt: null,
  idleMinutes: null,
  status: 'signed-out',
  error: null,
  signOutReason: null,
  idleWarning: false,
  openCallId: null,
};

/** Whole minutes between a reply and the expiry it carried; never below one. */
function minutesUntil(expiresAt: string, receivedAt: number): number | null {
  const ms = Date.parse(expiresAt) - receivedAt;
  return Number.isFinite(ms) ? Math.max(1, Math.round(ms / 60_000)) : null;
}

/** Everything about the old session goes; only the reason (and its minute count) stays. */
function signedOut(state: AuthState, reason: SignOutReason | null): AuthState {
  return {
    ...initialAuthState,
    signOutReason: reason,
    idleMinutes: state.idleMinutes,
  };
}

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AppActions.started, (_state, { storedToken }): AuthState =>
      storedToken
        ? { ...initialAuthState, token: storedToken, status: 'restoring' }
        : initialAuthState,
    ),
    on(LoginPageActions.submitted, (state): AuthState => ({
      ...state,
      status: 'signing-in',
      error: null,
      signOutReason: null,
    })),
    on(
      AuthApiActions.loginSucceeded,
      (_state, { response, receivedAt }): AuthState => ({
        ...initialAuthState,
        user: response.user,
        token: response.accessToken,
        expiresAt: response.expiresAt,
        idleMinutes: minutesUntil(response.expiresAt, receivedAt),
        status: 'signed-in',
      }),
    ),
    on(AuthApiActions.loginFailed, (state, { error }): AuthState => ({
      ...state,
      status: 'signed-out',
      error,
    })),
    on(AuthApiActions.sessionRestored, (state, { user }): AuthState =>
      state.status === 'restoring'
        ? { ...state, user, status: 'signed-in' }
        : state,
    ),
    // A 401 means the kept token is dead: say so. Any other failure is a problem to show.
    on(AuthApiActions.sessionRestoreFailed, (state, { error }): AuthState =>
      error.statusCode === 401
        ? signedOut(state, 'expired')
        : { ...signedOut(state, null), error },
    ),
    // The role or name may have changed since sign-in; the reply is the truth.
    on(AuthApiActions.sessionExtended, (state, { user }): AuthState =>
      state.token ? { ...state, user, idleWarning: false } : state,
    ),
    on(
      ShellActions.signOutClicked,
      IdleDialogActions.signOutClicked,
      (state): AuthState => ({
        ...state,
        status: 'signing-out',
        idleWarning: false,
      }),
    ),
    // Signed out here either way: a failed logout call only means the server was not told.
    on(
      AuthApiActions.logoutSucceeded,
      AuthApiActions.logoutFailed,
      (state): AuthState => signedOut(state, 'signed-out'),
    ),
    on(
      HttpSessionActions.expiryReceived,
      (state, { expiresAt, receivedAt }): AuthState => {
        // A reply that lands after sign-out, or out of order, must not move the expiry back.
        if (
          !state.token ||
          (state.expiresAt &&
            Date.parse(expiresAt) < Date.parse(state.expiresAt))
        ) {
          return state;
        }
        return {
          ...state,
          expiresAt,
          idleMinutes: minutesUntil(expiresAt, receivedAt) ?? state.idleMinutes,
          idleWarning: false,
        };
      },
    ),
    // Past the known expiry the server timed us out; before it, someone ended the session.
    on(
      HttpSessionActions.unauthorizedReceived,
      (state, { receivedAt }): AuthState => {
        if (state.status !== 'signed-in' && state.status !== 'signing-out') {
          return state;
        }
        const idle =
          state.expiresAt !== null && receivedAt >= Date.parse(state.expiresAt);
        return signedOut(state, idle ? 'idle' : 'revoked');
      },
    ),
    on(SessionTimerActions.warningDue, (state): AuthState =>
      state.status === 'signed-in' ? { ...state, idleWarning: true } : state,
    ),
    on(SessionTimerActions.expired, (state): AuthState =>
      state.status === 'signed-in' ? signedOut(state, 'idle') : state,
    ),
    on(OpenCallActions.callOnScreen, (state, { callId }): AuthState => ({
      ...state,
      openCallId: callId,
    })),
    on(OpenCallActions.noCallOnScreen, (state): AuthState => ({
      ...state,
      openCallId: null,
    })),
  ),
  extraSelectors: ({
    selectUser,
    selectStatus,
    selectSignOutReason,
    selectIdleMinutes,
    selectError,
  }) => ({
    selectIsSignedIn: createSelector(selectUser, (user) => user !== null),
    selectRole: createSelector(selectUser, (user) => user?.role ?? null),
    selectSignOutMessage: createSelector(
      selectSignOutReason,
      selectIdleMinutes,
      signOutMessage,
    ),
    selectErrorMessage: createSelector(
      selectError,
      (error) => error?.message ?? null,
    ),
    selectIsSigningIn: createSelector(
      selectStatus,
      (status) => status === 'signing-in',
    ),
  }),
});
