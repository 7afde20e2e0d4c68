import type { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { openIdleDialog$ } from './idle-dialog.effects';

/** Shows the idle warning dialog; needs `provideAuth()`, whose timer raises the warning. */
export function provideIdleWarning(): EnvironmentProviders {
  return provideEffects({ openIdleDialog$ });
}
