import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as boardEffects from './board.effects';
import { boardFeature } from './board.feature';

/** The live board's state and its stream; registered on the lazy `/board` route. */
export function provideBoardState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(boardFeature),
    provideEffects(boardEffects),
  ]);
}
