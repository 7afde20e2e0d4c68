import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as resourcesEffects from './resources.effects';
import { resourcesFeature } from './resources.feature';

/** The directory state and its effects; registered on the lazy `/directory` route. */
export function provideResourcesState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(resourcesFeature),
    provideEffects(resourcesEffects),
  ]);
}
