import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError, CaseRecord } from '@casebook/shared/contracts';
import { CasePageActions, CasesApiActions } from './cases.actions';
import type { CaseConflict } from './case-conflict';

/** Where the latest save of the case stands; `stale` waits for the counselor's choice. */
export type CaseSaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'stale';

/** The case whose page is open, and its edit. */
export interface CurrentCaseState {
  caseId: string | null;
  /** The case as last read or saved; an edit builds on its `version`. */
  record: CaseRecord | null;
  loading: boolean;
  loadError: ApiError | null;
  editing: boolean;
  saveStatus: CaseSaveStatus;
  saveError: ApiError | null;
  /** Set by a 409 until the counselor uses theirs or re-applies theirs. */
  conflict: CaseConflict | null;
}

export const initialCurrentCaseState: CurrentCaseState = {
  caseId: null,
  record: null,
  loading: false,
  loadError: null,
  editing: false,
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
};

export const currentCaseFeature = createFeature({
  name: 'currentCase',
  reducer: createReducer(
    initialCurrentCaseState,
    on(
      CasePageActions.opened,
      CasePageActions.reloadClicked,
      (state, { caseId }): CurrentCaseState =>
        // Another case starts clean: nothing of the last one may show on its page.
        caseId === state.caseId
          ? { ...state, loading: true, loadError: null }
          : { ...initialCurrentCaseState, caseId, loading: true },
    ),
    on(CasesApiActions.caseLoaded, (state, { record }): CurrentCaseState =>
      record.id === state.caseId ? { ...state, record, loading: false } : state,
    ),
    on(
      CasesApiActions.caseLoadFailed,
      (state, { caseId, error }): CurrentCaseState =>
        caseId === state.caseId
          ? { ...state, loading: false, loadError: error }
          : state,
    ),
    on(
      CasePageActions.editStarted,
      CasePageActions.editCancelled,
      (state, action): CurrentCaseState => ({
        ...state,
        editing: action.type === CasePageActions.editStarted.type,
        saveStatus: 'idle',
        saveError: null,
        conflict: null,
      }),
    ),
    on(CasePageActions.saveSubmitted, (state): CurrentCaseState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
    })),
    // Re-applying builds on the case as they left it: a second 409 compares against that.
    on(CasePageActions.reapplyMineChosen, (state): CurrentCaseState => ({
      ...state,
      record: state.conflict?.current ?? state.record,
      conflict: null,
      saveStatus: 'saving',
      saveError: null,
    })),
    on(CasesApiActions.caseSaved, (state, { record }): CurrentCaseState =>
      record.id === state.caseId
        ? {
            ...state,
            record,
            editing: false,
            saveStatus: 'saved',
            saveError: null,
            conflict: null,
          }
        : state,
    ),
    on(
      CasesApiActions.caseSaveFailed,
      (state, { error }): CurrentCaseState => ({
        ...state,
        saveStatus: 'failed',
        saveError: error,
      }),
    ),
    on(
      CasesApiActions.caseSaveStale,
      (state, { current, attempted, message }): CurrentCaseState =>
        state.record && current.id === state.caseId
          ? {
              ...state,
              saveStatus: 'stale',
              conflict: { base: state.record, current, attempted, message },
            }
          : state,
    ),
    on(CasePageActions.useTheirsChosen, (state): CurrentCaseState => ({
      ...state,
      record: state.conflict?.current ?? state.record,
      conflict: null,
      editing: false,
      saveStatus: 'idle',
      saveError: null,
    })),
  ),
  extraSelectors: ({ selectSaveStatus }) => ({
    selectIsSaving: createSelector(
      selectSaveStatus,
      (status) => status === 'saving',
    ),
  }),
});
