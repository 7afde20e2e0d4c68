import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import type {
  CaseSummary,
  Page,
  StaleCaseError,
} from '@casebook/shared/contracts';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import {
  CaseListPageActions,
  CasePageActions,
  CasesApiActions,
} from './cases.actions';
import { CasesApi } from './cases-api';
import {
  loadCase$,
  notifyCaseSaved$,
  searchCases$,
  updateCase$,
} from './cases.effects';
import { DEFAULT_CASE_LIST_SEARCH } from './case-list-search';
import {
  currentCaseFeature,
  initialCurrentCaseState,
} from './current-case.feature';
import { caseRecord, caseSummary } from '@casebook/shared/contracts/testing';

function failure(status: number, body: unknown): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

describe('cases effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<CasesApi>;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<CasesApi>('CasesApi', [
      'search',
      'get',
      'update',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: CasesApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('searches by phone or by text, with the status and the page from 1', async () => {
    const page: Page<CaseSummary> = {
      items: [caseSummary('a')],
      total: 1,
      page: 2,
      pageSize: 10,
    };
    api.search.and.returnValue(of(page));
    const actions = await run(
      searchCases$,
      CaseListPageActions.searchChanged({
        search: {
          text: '201 555 0123',
          status: 'all',
          pageIndex: 1,
          pageSize: 10,
        },
      }),
      CaseListPageActions.searchChanged({
        search: { ...DEFAULT_CASE_LIST_SEARCH, text: 'Sam' },
      }),
    );
    expect(api.search.calls.allArgs()).toEqual([
      [{ phone: '201 555 0123', page: 2, pageSize: 10 }],
      [{ q: 'Sam', status: 'open', page: 1, pageSize: 25 }],
    ]);
    expect(actions).toEqual([
      CasesApiActions.searchSucceeded({ page }),
      CasesApiActions.searchSucceeded({ page }),
    ]);
  });

  it('reports a failed search', async () => {
    api.search.and.returnValue(
      failure(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'q must be at most 100 characters',
      }),
    );
    expect(
      await run(
        searchCases$,
        CaseListPageActions.searchChanged({ search: DEFAULT_CASE_LIST_SEARCH }),
      ),
    ).toEqual([
      CasesApiActions.searchFailed({
        error: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'q must be at most 100 characters',
        },
      }),
    ]);
  });

  it('loads the case opened, and says which case failed', async () => {
    const record = caseRecord();
    api.get.and.returnValues(
      of(record),
      failure(404, {
        statusCode: 404,
        error: 'Not Found',
        message: 'No such case',
      }),
    );
    expect(
      await run(
        loadCase$,
        CasePageActions.opened({ caseId: 'case-1' }),
        CasePageActions.reloadClicked({ caseId: 'case-9' }),
      ),
    ).toEqual([
      CasesApiActions.caseLoaded({ record }),
      CasesApiActions.caseLoadFailed({
        caseId: 'case-9',
        error: { statusCode: 404, error: 'Not Found', message: 'No such case' },
      }),
    ]);
    expect(api.get.calls.allArgs()).toEqual([['case-1'], ['case-9']]);
  });

  it('saves the changes with the version read', async () => {
    const saved = caseRecord({ version: 4, alert: null });
    api.update.and.returnValue(of(saved));
    const changes = { version: 3, alert: null };
    expect(
      await run(
        updateCase$,
        CasePageActions.saveSubmitted({ caseId: 'case-1', changes }),
      ),
    ).toEqual([CasesApiActions.caseSaved({ record: saved })]);
    expect(api.update).toHaveBeenCalledOnceWith('case-1', changes);
  });

  it('turns a 409 into a conflict that carries the case as it now stands', async () => {
    const current = caseRecord({ version: 7, alert: 'Ask for Sam' });
    const body: StaleCaseError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'The case was changed by someone else',
      current,
    };
    api.update.and.returnValue(failure(409, body));
    const attempted = { version: 3, alert: 'Prefers English' };
    const actions = await run(
      updateCase$,
      CasePageActions.saveSubmitted({ caseId: 'case-1', changes: attempted }),
    );
    expect(actions).toEqual([
      CasesApiActions.caseSaveStale({
        current,
        attempted,
        message: 'The case was changed by someone else',
      }),
    ]);

    // And the reducer makes it the conflict the page shows.
    const reducer = currentCaseFeature.reducer;
    let state = reducer(
      initialCurrentCaseState,
      CasePageActions.opened({ caseId: 'case-1' }),
    );
    state = reducer(
      state,
      CasesApiActions.caseLoaded({ record: caseRecord() }),
    );
    state = reducer(state, actions[0] as Action);
    expect(state.conflict?.current).toBe(current);
    expect(state.conflict?.attempted).toBe(attempted);
  });

  it('reports other failures, a 409 without a case included, as save failures', async () => {
    api.update.and.returnValues(
      failure(409, { statusCode: 409, error: 'Conflict', message: 'Busy' }),
      failure(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        fields: [{ field: 'phone', message: 'not a phone number' }],
      }),
    );
    const actions = await run(
      updateCase$,
      CasePageActions.saveSubmitted({
        caseId: 'case-1',
        changes: { version: 3 },
      }),
      CasePageActions.saveSubmitted({
        caseId: 'case-1',
        changes: { version: 3, phone: '12' },
      }),
    );
    expect(actions.map((action) => (action as Action).type)).toEqual([
      CasesApiActions.caseSaveFailed.type,
      CasesApiActions.caseSaveFailed.type,
    ]);
    expect(
      (actions[1] as ReturnType<typeof CasesApiActions.caseSaveFailed>).error
        .fields,
    ).toEqual([{ field: 'phone', message: 'not a phone number' }]);
  });

  it('re-applies mine as one more save', async () => {
    api.update.and.returnValue(of(caseRecord({ version: 8 })));
    await run(
      updateCase$,
      CasePageActions.reapplyMineChosen({
        caseId: 'case-1',
        changes: { version: 7, alert: 'Prefers English' },
      }),
    );
    expect(api.update).toHaveBeenCalledOnceWith('case-1', {
      version: 7,
      alert: 'Prefers English',
    });
  });

  it('confirms a save', async () => {
    await run(
      notifyCaseSaved$,
      CasesApiActions.caseSaved({ record: caseRecord() }),
    );
    expect(notifier.success).toHaveBeenCalledOnceWith('Saved case C-1042.');
  });
});
