import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as callbacksEffects from './callbacks.effects';
import { callbacksFeature } from './callbacks.feature';

/** The call-back queue and its effects; registered on the lazy `/callbacks` route. */
export function provideCallbacksState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(callbacksFeature),
    provideEffects(callbacksEffects),
  ]);
}
