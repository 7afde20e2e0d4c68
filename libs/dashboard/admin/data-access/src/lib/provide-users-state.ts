import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as usersEffects from './users.effects';
import { usersFeature } from './users.feature';

/** The accounts state and its effects; registered on the lazy `/users` route. */
export function provideUsersState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(usersFeature),
    provideEffects(usersEffects),
  ]);
}
