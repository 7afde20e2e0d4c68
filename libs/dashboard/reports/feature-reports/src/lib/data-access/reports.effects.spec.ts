import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import { summary } from '../testing/report-fixtures';
import {
  DrillDownPageActions,
  ReportsApiActions,
  ReportsPageActions,
} from './reports.actions';
import { ReportsApi } from './reports-api';
import {
  exportCsv$,
  loadDrillCalls$,
  loadSummary$,
  notifyExport$,
} from './reports.effects';
import {
  initialReportsState,
  reportsFeature,
  type ReportsState,
} from './reports.feature';
import { SAVE_FILE } from './save-file';

const VIEW = {
  from: '2026-03-01',
  to: '2026-03-03',
  tz: 'America/Chicago',
  preset: 'custom' as const,
};

describe('reports effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ReportsApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let saveFile: jasmine.Spy;

  function setUp(state: Partial<ReportsState>): void {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<ReportsApi>('ReportsApi', [
      'summary',
      'calls',
      'exportCsv',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    saveFile = jasmine.createSpy('saveFile');
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            [reportsFeature.name]: { ...initialReportsState, ...state },
          },
        }),
        { provide: ReportsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
        { provide: SAVE_FILE, useValue: saveFile },
      ],
    });
  }

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('reads the summary of the view the reducer is loading', async () => {
    setUp({ view: VIEW, loading: true });
    const reply = summary();
    api.summary.and.returnValue(of(reply));
    expect(
      await run(loadSummary$, ReportsPageActions.viewChanged({ view: VIEW })),
    ).toEqual([
      ReportsApiActions.summaryLoaded({
        query: { from: VIEW.from, to: VIEW.to, tz: VIEW.tz },
        summary: reply,
      }),
    ]);
  });

  it('does not read a summary it already has (back from a drill-down)', async () => {
    setUp({ view: VIEW, loading: false, summary: summary(), summaryFor: VIEW });
    expect(
      await run(loadSummary$, ReportsPageActions.viewChanged({ view: VIEW })),
    ).toEqual([]);
    expect(api.summary).not.toHaveBeenCalled();
  });

  it('turns a failed summary into a failure with the server’s message', async () => {
    setUp({ view: VIEW, loading: true });
    api.summary.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              statusCode: 400,
              error: 'Bad Request',
              message: 'to is before from',
            },
          }),
      ),
    );
    const [action] = (await run(
      loadSummary$,
      ReportsPageActions.retryClicked(),
    )) as Action[];
    expect(action).toEqual(
      ReportsApiActions.summaryLoadFailed({
        error: jasmine.objectContaining({
          message: 'to is before from',
        }) as never,
      }),
    );
  });

  it('reads the drill-down page the store holds', async () => {
    const query = { ...VIEW, weekday: 2, hour: 14, page: 1, pageSize: 25 };
    setUp({ drill: query });
    api.calls.and.returnValue(
      of({ items: [], total: 0, page: 1, pageSize: 25 }),
    );
    await run(loadDrillCalls$, DrillDownPageActions.queryChanged({ query }));
    expect(api.calls).toHaveBeenCalledOnceWith(query);
  });

  it('saves the export for the range shown and confirms it', async () => {
    setUp({ view: VIEW });
    const blob = new Blob(['x']);
    api.exportCsv.and.returnValue(of({ blob, filename: 'calls.csv' }));
    expect(await run(exportCsv$, ReportsPageActions.exportClicked())).toEqual([
      ReportsApiActions.exportSaved({ filename: 'calls.csv' }),
    ]);
    expect(api.exportCsv).toHaveBeenCalledOnceWith({
      from: VIEW.from,
      to: VIEW.to,
      tz: VIEW.tz,
    });
    expect(saveFile).toHaveBeenCalledOnceWith(blob, 'calls.csv');
  });

  it('confirms a saved export by name, and says why one failed', async () => {
    setUp({});
    await run(
      notifyExport$,
      ReportsApiActions.exportSaved({ filename: 'calls.csv' }),
      ReportsApiActions.exportFailed({
        error: { statusCode: 0, error: 'Network Error', message: 'No reply.' },
      }),
    );
    expect(notifier.success).toHaveBeenCalledOnceWith(
      jasmine.stringContaining('calls.csv'),
    );
    expect(notifier.error).toHaveBeenCalledOnceWith(
      'The export failed. No reply.',
    );
  });

  it('says why an export failed, and saves nothing', async () => {
    setUp({ view: VIEW });
    api.exportCsv.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 0 })),
    );
    const [action] = (await run(
      exportCsv$,
      ReportsPageActions.exportClicked(),
    )) as ReturnType<typeof ReportsApiActions.exportFailed>[];
    expect(action.type).toBe(ReportsApiActions.exportFailed.type);
    expect(action.error.statusCode).toBe(0);
    expect(saveFile).not.toHaveBeenCalled();
  });
});
