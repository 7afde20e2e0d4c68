import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { AuditEvent, Page, Role } from '@casebook/shared/contracts';
import {
  authFeature,
  initialAuthState,
} from '@casebook/dashboard/auth/data-access';
import { auditRoutes } from './audit-routes';
import {
  auditEvent,
  auditPage,
  CALL_ID,
  CASE_ID,
  DEE_ID,
  SKY_ID,
  STAFF,
} from './testing/audit-fixtures';

describe('AuditPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url: string, role: Role = 'supervisor'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(
          { [authFeature.name]: authFeature.reducer },
          {
            initialState: {
              [authFeature.name]: {
                ...initialAuthState,
                status: 'signed-in' as const,
                token: 't',
                user: {
                  id: SKY_ID,
                  username: 'supervisor',
                  displayName: 'Sky Supervisor',
                  role,
                },
              },
            },
          },
        ),
        provideEffects(),
        provideRouter([{ path: 'audit', children: auditRoutes }]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
    http.expectOne('/api/users/staff').flush(STAFF);
  }

  afterEach(() => http.verify());

  /** Answers the one trail request outstanding; returns its query. */
  async function answerTrail(
    reply: Page<AuditEvent> | 'error',
  ): Promise<Record<string, string | null>> {
    await harness.fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/audit');
    const query: Record<string, string | null> = {};
    for (const key of request.request.params.keys()) {
      query[key] = request.request.params.get(key);
    }
    if (reply === 'error') {
      request.flush(
        {
          statusCode: 500,
          error: 'Internal Server Error',
          message: 'The server ran into a problem.',
        },
        { status: 500, statusText: 'Internal Server Error' },
      );
    } else {
      request.flush(reply);
    }
    await harness.fixture.whenStable();
    return query;
  }

  function text(): string {
    return (harness.routeNativeElement as HTMLElement).textContent ?? '';
  }

  function hrefs(): string[] {
    const links = (
      harness.routeNativeElement as HTMLElement
    ).querySelectorAll<HTMLAnchorElement>('table a');
    return Array.from(links).map((link) => link.getAttribute('href') ?? '');
  }

  async function apply(): Promise<void> {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Apply filters' }))
    ).click();
  }

  it('opens pre-filtered from a link, and shows the filter it was given', async () => {
    await open(`/audit?action=report.export&userId=${DEE_ID}`);
    expect(await answerTrail(auditPage([]))).toEqual({
      userId: DEE_ID,
      action: 'report.export',
      page: '1',
      pageSize: '50',
    });
    expect(
      await (
        await loader.getHarness(
          MatSelectHarness.with({ selector: '.action-field mat-select' }),
        )
      ).getValueText(),
    ).toBe('Exported calls (CSV)');
    const user = await loader.getHarness(
      MatSelectHarness.with({ selector: '.user-field mat-select' }),
    );
    expect(await user.getValueText()).toBe('Dee Former (deactivated)');
    await user.open();
    expect(
      await Promise.all(
        (await user.getOptions()).map((option) => option.getText()),
      ),
    ).toEqual([
      'Anyone',
      'Dee Former (Counselor, deactivated)',
      'Sky Supervisor (Supervisor)',
    ]);
    await user.close();
    expect(text()).toContain('No events match these filters.');
  });

  it('applies the chosen user, action and local days to the URL and the request', async () => {
    await open('/audit');
    expect(await answerTrail(auditPage([auditEvent('a')]))).toEqual({
      page: '1',
      pageSize: '50',
    });

    const user = await loader.getHarness(
      MatSelectHarness.with({ selector: '.user-field mat-select' }),
    );
    await user.open();
    expect((await user.getOptions()).length).toBe(3);
    await user.clickOptions({ text: 'Sky Supervisor (Supervisor)' });
    const action = await loader.getHarness(
      MatSelectHarness.with({ selector: '.action-field mat-select' }),
    );
    await action.open();
    const groups = await action.getOptionGroups();
    expect(await groups[0].getLabelText()).toBe('Cases');
    await action.clickOptions({ text: 'Read a case' });
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=from]' }),
      )
    ).setValue('2026-03-01');
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=to]' }),
      )
    ).setValue('2026-03-02');
    await apply();

    expect(await answerTrail(auditPage([]))).toEqual({
      userId: SKY_ID,
      action: 'case.read',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 3).toISOString(),
      page: '1',
      pageSize: '50',
    });
    expect(TestBed.inject(Router).url).toBe(
      `/audit?userId=${SKY_ID}&action=case.read&from=2026-03-01&to=2026-03-02`,
    );
  });

  it('refuses days in the wrong order without asking the server', async () => {
    await open('/audit');
    await answerTrail(auditPage([]));
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=from]' }),
      )
    ).setValue('2026-03-05');
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=to]' }),
      )
    ).setValue('2026-03-01');
    await apply();
    await harness.fixture.whenStable();
    expect(text()).toContain('The to day comes before the from day.');
    http.expectNone('/api/audit');
  });

  it('looks a case number up, then filters by its id and names it by number', async () => {
    await open('/audit');
    await answerTrail(auditPage([]));
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=caseText]' }),
      )
    ).setValue('1042');
    await apply();
    await harness.fixture.whenStable();
    const search = http.expectOne((r) => r.url === '/api/cases');
    expect(search.request.params.get('q')).toBe('C-1042');
    search.flush({
      items: [
        {
          id: CASE_ID,
          caseNumber: 'C-1042',
          alias: 'Alias',
          phone: null,
          status: 'open',
          alert: null,
          primarySubstance: null,
          lastUseAt: null,
          lastCallAt: null,
          latestSeverity: null,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    expect((await answerTrail(auditPage([auditEvent('a')])))['caseId']).toBe(
      CASE_ID,
    );
    expect(
      await (
        await loader.getHarness(
          MatInputHarness.with({ selector: '[formControlName=caseText]' }),
        )
      ).getValue(),
    ).toBe('C-1042');
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['target'].text).toEqual(['Case C-1042']);
  });

  it('says so when no case has the number typed', async () => {
    await open('/audit');
    await answerTrail(auditPage([]));
    await (
      await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=caseText]' }),
      )
    ).setValue('C-9999');
    await apply();
    await harness.fixture.whenStable();
    http
      .expectOne((r) => r.url === '/api/cases')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(text()).toContain('No case has the number C-9999.');
    http.expectNone('/api/audit');
  });

  it('shows each row’s time, user, action in words, links and details', async () => {
    await open('/audit');
    await answerTrail(
      auditPage([
        auditEvent('1', {
          action: 'call.finalize',
          entityType: 'call',
          entityId: CALL_ID,
          details: { version: 3 },
        }),
        auditEvent('2', {
          action: 'auth.login',
          entityType: 'user',
          entityId: DEE_ID,
          userId: DEE_ID,
          username: 'dee',
          caseId: null,
        }),
        auditEvent('3'),
      ]),
    );
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['action'].text).toEqual([
      'Finalized a call',
      'Signed in',
      'Read a case',
    ]);
    expect(cells['user'].text[1]).toContain('Dee Former');
    expect(cells['details'].text[0]).toBe('version: 3');
    expect(cells['at'].text[0]).toMatch(/\d\d:\d\d:09$/);
    expect(hrefs()).toEqual([
      `/calls/${CALL_ID}`,
      `/cases/${CASE_ID}`,
      `/audit?userId=${DEE_ID}`,
      `/cases/${CASE_ID}`,
    ]);
    expect(text()).toContain('3 events, newest first');
  });

  it('names records without linking them for an admin, who may filter by case id but not search by number', async () => {
    await open('/audit', 'admin');
    await answerTrail(auditPage([auditEvent('1')]));
    expect(hrefs()).toEqual([]);
    expect(text()).toContain('Case C-1042');

    const caseField = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName=caseText]' }),
    );
    await caseField.setValue('C-1042');
    await apply();
    await harness.fixture.whenStable();
    expect(text()).toContain(
      'Enter a case id: administrators cannot search cases by number.',
    );
    http.expectNone((r) => r.url === '/api/cases');
    http.expectNone('/api/audit');

    await caseField.setValue(CASE_ID);
    await apply();
    expect((await answerTrail(auditPage([])))['caseId']).toBe(CASE_ID);
  });

  it('reads the trail again when the filter applied is the one shown', async () => {
    await open('/audit?action=case.read');
    await answerTrail(auditPage([auditEvent('1')]));
    await apply();
    expect(
      await answerTrail(auditPage([auditEvent('0'), auditEvent('1')])),
    ).toEqual({
      action: 'case.read',
      page: '1',
      pageSize: '50',
    });
    expect(text()).toContain('2 events, newest first');
  });

  it('turns pages through the URL, asking the server for each', async () => {
    await open('/audit?action=case.read');
    await answerTrail(auditPage([auditEvent('1')], 120));
    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    expect(await answerTrail(auditPage([auditEvent('51')], 120, 2))).toEqual({
      action: 'case.read',
      page: '2',
      pageSize: '50',
    });
    expect(TestBed.inject(Router).url).toBe('/audit?action=case.read&page=2');
    expect(
      await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel(),
    ).toBe('51 – 100 of 120');
  });

  it('says why the trail did not load, and tries again', async () => {
    await open('/audit');
    await answerTrail('error');
    expect(text()).toContain('Could not load the audit trail.');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();
    await answerTrail(auditPage([]));
    expect(text()).not.toContain('Could not load');
    expect(text()).toContain('No events recorded yet.');
  });
});
