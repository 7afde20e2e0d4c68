import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as reportsEffects from './reports.effects';
import { reportsFeature } from './reports.feature';

/** The report and its drill-down; registered on the lazy `/reports` route. */
export function provideReportsState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(reportsFeature),
    provideEffects(reportsEffects),
  ]);
}
