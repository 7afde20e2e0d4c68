import type { ApiError } from '@casebook/shared/contracts';
import { CasePageActions, CasesApiActions } from './cases.actions';
import {
  currentCaseFeature,
  initialCurrentCaseState,
  type CurrentCaseState,
} from './current-case.feature';
import { caseRecord } from '@casebook/shared/contracts/testing';

const reducer = currentCaseFeature.reducer;
const record = caseRecord();
const theirs = caseRecord({ version: 4, alert: 'Ask for Sam' });

function opened(): CurrentCaseState {
  return reducer(
    reducer(
      initialCurrentCaseState,
      CasePageActions.opened({ caseId: 'case-1' }),
    ),
    CasesApiActions.caseLoaded({ record }),
  );
}

function editing(): CurrentCaseState {
  return reducer(
    reducer(opened(), CasePageActions.editStarted()),
    CasePageActions.saveSubmitted({
      caseId: 'case-1',
      changes: { version: 3, alert: 'Prefers English' },
    }),
  );
}

describe('current case reducer', () => {
  it('loads the case opened, and starts clean for another case', () => {
    const state = opened();
    expect(state.record).toBe(record);
    expect(state.loading).toBeFalse();

    const next = reducer(state, CasePageActions.opened({ caseId: 'case-2' }));
    expect(next.caseId).toBe('case-2');
    expect(next.record).toBeNull();
    expect(next.loading).toBeTrue();
  });

  it('ignores an answer for a case no longer open', () => {
    const next = reducer(
      opened(),
      CasePageActions.opened({ caseId: 'case-2' }),
    );
    expect(
      reducer(next, CasesApiActions.caseLoaded({ record })).record,
    ).toBeNull();
  });

  it('keeps a load failure to show it', () => {
    const error: ApiError = {
      statusCode: 404,
      error: 'Not Found',
      message: 'No such case',
    };
    const state = reducer(
      reducer(
        initialCurrentCaseState,
        CasePageActions.opened({ caseId: 'case-1' }),
      ),
      CasesApiActions.caseLoadFailed({ caseId: 'case-1', error }),
    );
    expect(state.loadError).toBe(error);
    expect(state.loading).toBeFalse();
  });

  it('closes the edit with the saved case', () => {
    const saving = editing();
    expect(saving.saveStatus).toBe('saving');
    expect(
      currentCaseFeature.selectIsSaving({ currentCase: saving }),
    ).toBeTrue();
    const saved = reducer(
      saving,
      CasesApiActions.caseSaved({ record: theirs }),
    );
    expect(saved.record).toBe(theirs);
    expect(saved.editing).toBeFalse();
    expect(saved.saveStatus).toBe('saved');
  });

  it('turns a 409 into a conflict against the case the edit started from', () => {
    const stale = reducer(
      editing(),
      CasesApiActions.caseSaveStale({
        current: theirs,
        attempted: { version: 3, alert: 'Prefers English' },
        message: 'The case was changed by someone else',
      }),
    );
    expect(stale.saveStatus).toBe('stale');
    expect(stale.editing).toBeTrue();
    expect(stale.conflict).toEqual({
      base: record,
      current: theirs,
      attempted: { version: 3, alert: 'Prefers English' },
      message: 'The case was changed by someone else',
    });
    expect(currentCaseFeature.selectConflict({ currentCase: stale })).toBe(
      stale.conflict,
    );
  });

  it('"Use theirs" keeps their case and ends the edit', () => {
    const stale = reducer(
      editing(),
      CasesApiActions.caseSaveStale({
        current: theirs,
        attempted: { version: 3 },
        message: 'stale',
      }),
    );
    const state = reducer(stale, CasePageActions.useTheirsChosen());
    expect(state.record).toBe(theirs);
    expect(state.conflict).toBeNull();
    expect(state.editing).toBeFalse();
  });

  it('"Re-apply mine" builds on their case, so a second 409 compares against it', () => {
    const stale = reducer(
      editing(),
      CasesApiActions.caseSaveStale({
        current: theirs,
        attempted: { version: 3, alert: 'Prefers English' },
        message: 'stale',
      }),
    );
    const reapplying = reducer(
      stale,
      CasePageActions.reapplyMineChosen({
        caseId: 'case-1',
        changes: { version: 4, alert: 'Prefers English' },
      }),
    );
    expect(reapplying.record).toBe(theirs);
    expect(reapplying.conflict).toBeNull();
    expect(reapplying.saveStatus).toBe('saving');

    const newer = caseRecord({ version: 5, status: 'closed' });
    const again = reducer(
      reapplying,
      CasesApiActions.caseSaveStale({
        current: newer,
        attempted: { version: 4, alert: 'Prefers English' },
        message: 'stale',
      }),
    );
    expect(again.conflict?.base).toBe(theirs);
    expect(again.conflict?.current).toBe(newer);
  });
});
