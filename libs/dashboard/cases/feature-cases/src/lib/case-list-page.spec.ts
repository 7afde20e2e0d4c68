import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { CaseSummary, Page } from '@casebook/shared/contracts';
import { SEARCH_DEBOUNCE_MS } from './case-list-page';
import { casesRoutes } from './cases-routes';

function summary(id: string, alias: string): CaseSummary {
  return {
    id,
    caseNumber: `C-${id}`,
    alias,
    phone: '+12015550123',
    status: 'open',
    alert: null,
    primarySubstance: null,
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: null,
    lastCallAt: null,
    latestSeverity: null,
  };
}

function page(
  items: CaseSummary[],
  total: number,
  pageNumber = 1,
): Page<CaseSummary> {
  return { items, total, page: pageNumber, pageSize: 25 };
}

describe('CaseListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideEffects(),
        provideRouter([{ path: 'cases', children: casesRoutes }]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  /** The one search request outstanding, answered with `reply`; returns its query. */
  async function answerSearch(
    reply: Page<CaseSummary>,
  ): Promise<Record<string, string | null>> {
    await harness.fixture.whenStable();
    const request: TestRequest = http.expectOne((r) => r.url === '/api/cases');
    const params = request.request.params;
    const query: Record<string, string | null> = {};
    for (const key of params.keys()) {
      query[key] = params.get(key);
    }
    request.flush(reply);
    await harness.fixture.whenStable();
    return query;
  }

  async function typeAndWait(text: string): Promise<void> {
    await (await loader.getHarness(MatInputHarness)).setValue(text);
    await new Promise((resolve) =>
      setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50),
    );
  }

  it('lists open cases on arrival, then searches what is typed, by alias or by phone, after a pause', async () => {
    expect(
      await answerSearch(
        page([summary('1', 'Sam R.'), summary('2', 'Lee')], 2),
      ),
    ).toEqual({
      page: '1',
      pageSize: '25',
      status: 'open',
    });
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getCellTextByColumnName())['alias'].text).toEqual([
      'Sam R.',
      'Lee',
    ]);

    await typeAndWait('Sam');
    expect(router.url).toBe('/cases?q=Sam');
    expect(await answerSearch(page([summary('1', 'Sam R.')], 1))).toEqual({
      page: '1',
      pageSize: '25',
      q: 'Sam',
      status: 'open',
    });

    await typeAndWait('(201) 555-0123');
    expect(await answerSearch(page([], 0))).toEqual({
      page: '1',
      pageSize: '25',
      phone: '(201) 555-0123',
      status: 'open',
    });
    expect((await table.getCellTextByIndex()).length).toBe(0);
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain(
      'No open cases match “(201) 555-0123”.',
    );
  });

  it('filters by status and pages through the server, keeping both in the URL', async () => {
    await answerSearch(page([summary('1', 'Sam R.')], 60));

    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'All' }))
    ).check();
    expect(router.url).toBe('/cases?status=all');
    expect(await answerSearch(page([summary('1', 'Sam R.')], 60))).toEqual({
      page: '1',
      pageSize: '25',
    });

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    expect(router.url).toBe('/cases?status=all&page=2');
    expect(await answerSearch(page([summary('26', 'Kim')], 60, 2))).toEqual({
      page: '2',
      pageSize: '25',
    });
    expect(
      await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel(),
    ).toBe('26 – 50 of 60');
  });

  it('follows the URL (a shared link, the back button) into the field and the request', async () => {
    await answerSearch(page([], 0));
    await harness.navigateByUrl('/cases?q=Lee&status=closed&page=3&size=10');
    expect(await answerSearch(page([], 0))).toEqual({
      page: '3',
      pageSize: '10',
      q: 'Lee',
      status: 'closed',
    });
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe(
      'Lee',
    );
  });

  it('says when the search failed and tries again on request', async () => {
    await harness.fixture.whenStable();
    http
      .expectOne((r) => r.url === '/api/cases')
      .flush(
        {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'Database unavailable',
        },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await harness.fixture.whenStable();
    const alert = (harness.routeNativeElement as HTMLElement).querySelector(
      '[role="alert"]',
    );
    expect(alert?.textContent).toContain(
      'Could not search the cases. Database unavailable',
    );
    (alert?.querySelector('button') as HTMLButtonElement).click();
    await answerSearch(page([], 0));
  });

  it('opens a case from its row', async () => {
    await answerSearch(page([summary('abc', 'Sam R.')], 1));
    const [row] = await (await loader.getHarness(MatTableHarness)).getRows();
    await (await row.host()).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/cases/abc');
  });
});
