import {
  AppActions,
  AuthApiActions,
  HttpSessionActions,
  IdleDialogActions,
  LoginPageActions,
  SessionTimerActions,
  ShellActions,
} from './auth.actions';
import { authFeature, initialAuthState, type AuthState } from './auth.feature';
import {
  T0,
  at,
  counselor,
  loginResponse,
  signedInState,
  unauthorized,
} from './testing/fixtures';

const reducer = authFeature.reducer;

describe('auth reducer', () => {
  it('starts restoring when a token was kept, and signed out when not', () => {
    expect(
      reducer(undefined, AppActions.started({ storedToken: 'kept' })),
    ).toEqual({
      ...initialAuthState,
      token: 'kept',
      status: 'restoring',
    });
    expect(
      reducer(undefined, AppActions.started({ storedToken: null })).status,
    ).toBe('signed-out');
  });

  it('clears the last error and sign-out reason on a new attempt', () => {
    const before: AuthState = {
      ...initialAuthState,
      error: unauthorized,
      signOutReason: 'idle',
    };
    const after = reducer(
      before,
      LoginPageActions.submitted({
        credentials: { username: 'sam', password: 'x' },
      }),
    );
    expect(after).toEqual({ ...initialAuthState, status: 'signing-in' });
  });

  it('signs in and learns the idle limit from the expiry the reply carried', () => {
    const after = reducer(
      { ...initialAuthState, status: 'signing-in' },
      AuthApiActions.loginSucceeded({
        response: { ...loginResponse, expiresAt: at(20) },
        receivedAt: T0 + 400,
      }),
    );
    expect(after).toEqual({
      ...signedInState,
      expiresAt: at(20),
      idleMinutes: 20,
    });
  });

  it('keeps the failure to show it, and the user stays signed out', () => {
    const after = reducer(
      { ...initialAuthState, status: 'signing-in' },
      AuthApiActions.loginFailed({ error: unauthorized }),
    );
    expect(after.status).toBe('signed-out');
    expect(after.error).toBe(unauthorized);
    expect(after.user).toBeNull();
  });

  it('restores the user from /me', () => {
    const restoring: AuthState = {
      ...initialAuthState,
      token: 'kept',
      status: 'restoring',
    };
    expect(
      reducer(restoring, AuthApiActions.sessionRestored({ user: counselor })),
    ).toEqual({
      ...restoring,
      user: counselor,
      status: 'signed-in',
    });
  });

  it('says the session ended when the kept token is refused, and shows other restore failures', () => {
    const restoring: AuthState = {
      ...initialAuthState,
      token: 'kept',
      status: 'restoring',
    };
    const refused = reducer(
      restoring,
      AuthApiActions.sessionRestoreFailed({
        error: { ...unauthorized, message: 'x' },
      }),
    );
    expect(refused).toEqual({ ...initialAuthState, signOutReason: 'expired' });

    const network = {
      statusCode: 0,
      error: 'Network Error',
      message: 'No reply',
    };
    const failed = reducer(
      restoring,
      AuthApiActions.sessionRestoreFailed({ error: network }),
    );
    expect(failed).toEqual({ ...initialAuthState, error: network });
  });

  it('moves the expiry forward and drops the warning on every authenticated reply', () => {
    const warned = { ...signedInState, idleWarning: true };
    const after = reducer(
      warned,
      HttpSessionActions.expiryReceived({
        expiresAt: at(25),
        receivedAt: T0 + 10 * 60_000,
      }),
    );
    expect(after.expiresAt).toBe(at(25));
    expect(after.idleMinutes).toBe(15);
    expect(after.idleWarning).toBeFalse();
  });

  it('never moves the expiry back (a slow reply landing late) nor sets one when signed out', () => {
    const later = { ...signedInState, expiresAt: at(30) };
    expect(
      reducer(
        later,
        HttpSessionActions.expiryReceived({
          expiresAt: at(20),
          receivedAt: T0,
        }),
      ),
    ).toBe(later);
    expect(
      reducer(
        initialAuthState,
        HttpSessionActions.expiryReceived({
          expiresAt: at(20),
          receivedAt: T0,
        }),
      ),
    ).toBe(initialAuthState);
  });

  it('reads a 401 after the known expiry as an idle sign-out, keeping the minute count', () => {
    const after = reducer(
      signedInState,
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 + 16 * 60_000 }),
    );
    expect(after).toEqual({
      ...initialAuthState,
      signOutReason: 'idle',
      idleMinutes: 15,
    });
  });

  it('reads a 401 before the expiry as a session ended elsewhere', () => {
    const after = reducer(
      signedInState,
      HttpSessionActions.unauthorizedReceived({ receivedAt: T0 + 60_000 }),
    );
    expect(after.signOutReason).toBe('revoked');
    expect(after.token).toBeNull();
  });

  it('ignores a 401 when nobody is signed in', () => {
    expect(
      reducer(
        initialAuthState,
        HttpSessionActions.unauthorizedReceived({ receivedAt: T0 }),
      ),
    ).toBe(initialAuthState);
  });

  it('raises the idle warning only for a signed-in user, and the extended session lowers it', () => {
    const warned = reducer(signedInState, SessionTimerActions.warningDue());
    expect(warned.idleWarning).toBeTrue();
    expect(reducer(initialAuthState, SessionTimerActions.warningDue())).toBe(
      initialAuthState,
    );

    const renamed = { ...counselor, displayName: 'Sam R.' };
    const extended = reducer(
      warned,
      AuthApiActions.sessionExtended({ user: renamed }),
    );
    expect(extended.idleWarning).toBeFalse();
    expect(extended.user).toEqual(renamed);
  });

  it('signs out with the idle reason when the timer runs out', () => {
    const after = reducer(
      { ...signedInState, idleWarning: true },
      SessionTimerActions.expired(),
    );
    expect(after).toEqual({
      ...initialAuthState,
      signOutReason: 'idle',
      idleMinutes: 15,
    });
  });

  it('signs out here whether or not the server heard the logout', () => {
    for (const clicked of [
      ShellActions.signOutClicked(),
      IdleDialogActions.signOutClicked(),
    ]) {
      const signingOut = reducer(
        { ...signedInState, idleWarning: true },
        clicked,
      );
      expect(signingOut.status).toBe('signing-out');
      expect(signingOut.idleWarning).toBeFalse();
      expect(
        reducer(signingOut, AuthApiActions.logoutSucceeded()).signOutReason,
      ).toBe('signed-out');
      const failed = reducer(
        signingOut,
        AuthApiActions.logoutFailed({
          error: { ...unauthorized, statusCode: 0 },
        }),
      );
      expect(failed.user).toBeNull();
      expect(failed.signOutReason).toBe('signed-out');
    }
  });
});

describe('auth selectors', () => {
  it('words the sign-out reason with the real idle minutes', () => {
    const state = {
      auth: {
        ...initialAuthState,
        signOutReason: 'idle' as const,
        idleMinutes: 20,
      },
    };
    expect(authFeature.selectSignOutMessage(state)).toBe(
      'You were signed out after 20 minutes without activity.',
    );
    expect(
      authFeature.selectSignOutMessage({
        auth: { ...initialAuthState, signOutReason: 'revoked' },
      }),
    ).toBe('Your session ended. Please sign in again.');
    expect(
      authFeature.selectSignOutMessage({
        auth: { ...initialAuthState, signOutReason: 'signed-out' },
      }),
    ).toBe('You signed out.');
    expect(
      authFeature.selectSignOutMessage({ auth: initialAuthState }),
    ).toBeNull();
  });

  it('knows who is signed in and as what', () => {
    expect(authFeature.selectIsSignedIn({ auth: signedInState })).toBeTrue();
    expect(authFeature.selectRole({ auth: signedInState })).toBe('counselor');
    expect(authFeature.selectRole({ auth: initialAuthState })).toBeNull();
  });
});
