import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError, ReferralResource } from '@casebook/shared/contracts';
import { NationalLinesActions } from './national-lines.actions';

export interface NationalLinesState {
  /** As last read; kept when a later read fails, so a panel keeps the numbers it had. */
  entries: ReferralResource[];
  error: ApiError | null;
}

export const initialNationalLinesState: NationalLinesState = {
  entries: [],
  error: null,
};

export const nationalLinesFeature = createFeature({
  name: 'nationalLines',
  reducer: createReducer(
    initialNationalLinesState,
    on(NationalLinesActions.loaded, (_state, { items }) => ({
      entries: items,
      error: null,
    })),
    on(NationalLinesActions.loadFailed, (state, { error }) => ({
      ...state,
      error,
    })),
  ),
});
