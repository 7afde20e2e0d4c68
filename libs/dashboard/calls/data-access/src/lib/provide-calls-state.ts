import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as callsEffects from './calls.effects';
import { callsFeature } from './calls.feature';
import * as caseLookupEffects from './case-lookup.effects';
import * as callCallbacksEffects from './call-callbacks.effects';
import * as draftSyncEffects from './draft-sync.effects';
import { caseCallbacksFeature } from './case-callbacks.feature';
import * as caseCallbacksEffects from './case-callbacks.effects';
import { recordLinksFeature } from './record-links.feature';
import * as recordLinksEffects from './record-links.effects';
import * as draftDiscardEffects from './draft-discard.effects';

/** The calls state and its effects; registered on the lazy `/calls` route. */
export function provideCallsState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(callsFeature),
    provideState(caseCallbacksFeature),
    provideState(recordLinksFeature),
    // Device copy and autosave first: a change is on the device before anything else runs.
    provideEffects(
      draftSyncEffects,
      callsEffects,
      caseLookupEffects,
      callCallbacksEffects,
      caseCallbacksEffects,
      recordLinksEffects,
      draftDiscardEffects,
    ),
  ]);
}
