import {
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as auditEffects from './audit.effects';
import { auditFeature } from './audit.feature';

/** The audit trail's state and effects; registered on the lazy `/audit` route. */
export function provideAuditState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(auditFeature),
    provideEffects(auditEffects),
  ]);
}
