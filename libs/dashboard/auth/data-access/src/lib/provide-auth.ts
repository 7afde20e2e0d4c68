import {
  makeEnvironmentProviders,
  provideAppInitializer,
  inject,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { AppActions } from './auth.actions';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';
import * as idleTimerEffects from './idle-timer.effects';
import * as sessionEffects from './session.effects';
import { TokenStorage } from './token-storage';

/**
 * Registers the auth state and effects, and restores a kept session before the first
 * navigation so the guards wait for `/api/auth/me` instead of bouncing to /login.
 * Needs `provideStore()` and `provideRouterStore()` before it.
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(authFeature),
    provideEffects(authEffects, sessionEffects, idleTimerEffects),
    provideAppInitializer(() => {
      inject(Store).dispatch(
        AppActions.started({ storedToken: inject(TokenStorage).read() }),
      );
    }),
  ]);
}
