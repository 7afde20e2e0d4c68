import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError, SymptomHistoryPoint } from '@casebook/shared/contracts';
import { CasePageActions, SymptomHistoryApiActions } from './cases.actions';

/** The assessments of the open case's finalized calls, oldest first. */
export interface SymptomHistoryState {
  caseId: string | null;
  points: SymptomHistoryPoint[];
  loading: boolean;
  loadError: ApiError | null;
}

export const initialSymptomHistoryState: SymptomHistoryState = {
  caseId: null,
  points: [],
  loading: false,
  loadError: null,
};

export const symptomHistoryFeature = createFeature({
  name: 'symptomHistory',
  reducer: createReducer(
    initialSymptomHistoryState,
    on(
      CasePageActions.opened,
      CasePageActions.reloadClicked,
      (state, { caseId }): SymptomHistoryState =>
        caseId === state.caseId
          ? { ...state, loading: true, loadError: null }
          : { ...initialSymptomHistoryState, caseId, loading: true },
    ),
    on(
      SymptomHistoryApiActions.historyLoaded,
      (state, { caseId, history }): SymptomHistoryState =>
        caseId === state.caseId
          ? { ...state, points: history.items, loading: false }
          : state,
    ),
    on(
      SymptomHistoryApiActions.historyLoadFailed,
      (state, { caseId, error }): SymptomHistoryState =>
        caseId === state.caseId
          ? { ...state, loading: false, loadError: error }
          : state,
    ),
  ),
});
