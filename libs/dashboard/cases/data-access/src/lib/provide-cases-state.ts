import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as caseHistoryEffects from './case-history.effects';
import { caseCallsFeature } from './case-calls.feature';
import * as casesEffects from './cases.effects';
import { casesFeature } from './cases.feature';
import { currentCaseFeature } from './current-case.feature';
import { symptomHistoryFeature } from './symptom-history.feature';

/** The case list, the open case, its symptom history and its calls; registered on the lazy `/cases` route. */
export function provideCasesState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(casesFeature),
    provideState(currentCaseFeature),
    provideState(symptomHistoryFeature),
    provideState(caseCallsFeature),
    provideEffects(casesEffects, caseHistoryEffects),
  ]);
}
