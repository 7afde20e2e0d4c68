import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import type { CaseSummary } from '@casebook/shared/contracts';
import { CasesApi } from '@casebook/dashboard/cases/data-access';
import { StaffApi } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { AuditApi } from './audit-api';
import {
  findCase$,
  loadEvents$,
  loadStaff$,
  showFoundCase$,
} from './audit.effects';
import { initialAuditState } from './audit.feature';
import { DEFAULT_AUDIT_FILTER } from './audit-filter';
import {
  auditEvent,
  auditPage,
  CASE_ID,
  STAFF,
} from './testing/audit-fixtures';

function caseSummary(id: string, caseNumber: string): CaseSummary {
  return {
    id,
    caseNumber,
    alias: 'Alias',
    phone: null,
    status: 'closed',
    alert: null,
    primarySubstance: null,
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: null,
    lastCallAt: null,
    latestSeverity: null,
  };
}

describe('audit effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<AuditApi>;
  let staff: jasmine.SpyObj<StaffApi>;
  let cases: jasmine.SpyObj<CasesApi>;
  let router: jasmine.SpyObj<Router>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<AuditApi>('AuditApi', ['list']);
    staff = jasmine.createSpyObj<StaffApi>('StaffApi', ['list']);
    cases = jasmine.createSpyObj<CasesApi>('CasesApi', ['search']);
    router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            audit: {
              ...initialAuditState,
              filter: {
                ...DEFAULT_AUDIT_FILTER,
                action: 'case.read',
                pageIndex: 1,
                pageSize: 25,
              },
            },
          },
        }),
        { provide: AuditApi, useValue: api },
        { provide: CasesApi, useValue: cases },
        { provide: StaffApi, useValue: staff },
        { provide: Router, useValue: router },
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

  it('loads the page the store’s filter describes, counting pages from 1', async () => {
    const reply = auditPage([auditEvent('a')], 30, 2, 25);
    api.list.and.returnValue(of(reply));
    expect(await run(loadEvents$, AuditPageActions.retryClicked())).toEqual([
      AuditApiActions.eventsLoaded({ page: reply }),
    ]);
    expect(api.list).toHaveBeenCalledOnceWith({
      action: 'case.read',
      page: 2,
      pageSize: 25,
    });
  });

  it('reports a failed load with the server’s message', async () => {
    api.list.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: {
              statusCode: 403,
              error: 'Forbidden',
              message: 'Supervisors and admins only',
            },
          }),
      ),
    );
    expect(await run(loadEvents$, AuditPageActions.retryClicked())).toEqual([
      AuditApiActions.eventsLoadFailed({
        error: {
          statusCode: 403,
          error: 'Forbidden',
          message: 'Supervisors and admins only',
        },
      }),
    ]);
  });

  it('reads the staff list when the page opens', async () => {
    staff.list.and.returnValue(of(STAFF));
    expect(await run(loadStaff$, AuditPageActions.opened())).toEqual([
      AuditApiActions.staffLoaded({ staff: STAFF }),
    ]);
  });

  it('says when the staff list cannot be read, so the user filter can say why it is short', async () => {
    staff.list.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 0 })),
    );
    const [action] = (await run(
      loadStaff$,
      AuditPageActions.opened(),
    )) as ReturnType<typeof AuditApiActions.staffLoadFailed>[];
    expect(action.type).toBe(AuditApiActions.staffLoadFailed.type);
    expect(action.error.statusCode).toBe(0);
  });

  it('finds a case by its exact number only, open or closed', async () => {
    cases.search.and.returnValue(
      of({
        items: [
          caseSummary('other', 'C-10420'),
          caseSummary(CASE_ID, 'C-1042'),
        ],
        total: 2,
        page: 1,
        pageSize: 20,
      }),
    );
    const filter = { ...DEFAULT_AUDIT_FILTER, action: 'case.read' as const };
    expect(
      await run(
        findCase$,
        AuditPageActions.caseNumberSubmitted({ caseNumber: 'C-1042', filter }),
      ),
    ).toEqual([
      AuditApiActions.caseFound({
        caseId: CASE_ID,
        caseNumber: 'C-1042',
        filter,
      }),
    ]);
    expect(cases.search).toHaveBeenCalledOnceWith({
      q: 'C-1042',
      page: 1,
      pageSize: 20,
    });
  });

  it('says when no case has the number', async () => {
    cases.search.and.returnValue(
      of({
        items: [caseSummary('other', 'C-10420')],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
    );
    expect(
      await run(
        findCase$,
        AuditPageActions.caseNumberSubmitted({
          caseNumber: 'C-1042',
          filter: DEFAULT_AUDIT_FILTER,
        }),
      ),
    ).toEqual([AuditApiActions.caseNotFound({ caseNumber: 'C-1042' })]);
  });

  it('shows the trail of a case found, from its first page', async () => {
    const filter = {
      ...DEFAULT_AUDIT_FILTER,
      action: 'case.read' as const,
      pageIndex: 3,
    };
    await run(
      showFoundCase$,
      AuditApiActions.caseFound({
        caseId: CASE_ID,
        caseNumber: 'C-1042',
        filter,
      }),
    );
    expect(router.navigate).toHaveBeenCalledOnceWith(['/audit'], {
      queryParams: jasmine.objectContaining({
        caseId: CASE_ID,
        action: 'case.read',
        page: null,
      }),
    });
  });
});
