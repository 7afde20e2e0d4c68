import {
  inject,
  makeEnvironmentProviders,
  type EnvironmentProviders,
  type Signal,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import type { ReferralResource } from '@casebook/shared/contracts';
import { NationalLinesActions } from './national-lines.actions';
import * as nationalLinesEffects from './national-lines.effects';
import { nationalLinesFeature } from './national-lines.feature';

/** The national lines state and its effect; registered beside the calls state. */
export function provideNationalLinesState(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(nationalLinesFeature),
    provideEffects(nationalLinesEffects),
  ]);
}

/** The national lines as the emergency panels take them: the entries, and a way to read them again. */
export interface NationalLinesFromStore {
  readonly entries: Signal<readonly ReferralResource[]>;
  refresh(): void;
}

/** Reads the national lines from the store; a factory for the panels' injection token. */
export function nationalLinesFromStore(): NationalLinesFromStore {
  const store = inject(Store);
  return {
    entries: store.selectSignal(nationalLinesFeature.selectEntries),
    refresh: () => store.dispatch(NationalLinesActions.wanted()),
  };
}
