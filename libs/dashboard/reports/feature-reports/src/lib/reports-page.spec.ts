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
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { Role } from '@casebook/shared/contracts';
import {
  authFeature,
  initialAuthState,
} from '@casebook/dashboard/auth/data-access';
import { CLOCK, Notifier } from '@casebook/dashboard/shared/data-access';
import { SAVE_FILE } from './data-access/save-file';
import { reportsRoutes } from './reports-routes';
import {
  callSummary,
  emptySummary,
  page,
  summary,
} from './testing/report-fixtures';

const NOW = Date.parse('2026-03-03T18:00:00.000Z');
const RANGE =
  '/reports?from=2026-03-01&to=2026-03-03&tz=America%2FChicago&preset=custom';

describe('ReportsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let notifier: jasmine.SpyObj<Notifier>;
  let saveFile: jasmine.Spy;

  async function open(url: string, role: Role = 'supervisor'): Promise<void> {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    saveFile = jasmine.createSpy('saveFile');
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStoreWithUser(role),
        provideEffects(),
        provideRouter([{ path: 'reports', children: reportsRoutes }]),
        { provide: CLOCK, useValue: { now: () => NOW } },
        { provide: Notifier, useValue: notifier },
        { provide: SAVE_FILE, useValue: saveFile },
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
  }

  afterEach(() => http.verify());

  function params(request: TestRequest): Record<string, string | null> {
    const query: Record<string, string | null> = {};
    for (const key of request.request.params.keys()) {
      query[key] = request.request.params.get(key);
    }
    return query;
  }

  async function expectGet(url: string): Promise<TestRequest> {
    await harness.fixture.whenStable();
    return http.expectOne((r) => r.url === url && r.method === 'GET');
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  it('opens on the last 30 days in the browser’s zone and writes them into the URL', async () => {
    await open('/reports');
    const request = await expectGet('/api/reports/summary');
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const query = params(request);
    expect(query['tz']).toBe(tz);
    expect(query['to']).toMatch(/^2026-03-0[34]$/);
    const url = TestBed.inject(Router).parseUrl(TestBed.inject(Router).url);
    expect(url.queryParams).toEqual({
      from: query['from'],
      to: query['to'],
      tz,
      preset: '30d',
    });
    request.flush(summary());
  });

  it('says why a link’s range was not used, after putting the one shown in the URL', async () => {
    await open('/reports?from=2026-03-05&to=2026-03-01&tz=UTC');
    const request = await expectGet('/api/reports/summary');
    expect(params(request)).toEqual({
      from: '2026-02-02',
      to: '2026-03-03',
      tz: 'UTC',
    });
    request.flush(summary());
    await settle();
    expect(root().querySelector('[role="status"]')?.textContent).toContain(
      'dates were not used: the end date is before the start date. Showing the last 30 days.',
    );
  });

  it('shows the totals, every chart and the counselors, each bar naming its value', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    const text = root().textContent ?? '';
    expect(text).toContain(
      'Sun 1 Mar 2026 – Tue 3 Mar 2026 (3 days) · America/Chicago',
    );
    expect(text).toContain('7:07');
    expect(text).toContain('1:02:03');
    const labels = Array.from(root().querySelectorAll('[aria-label]')).map(
      (el) => el.getAttribute('aria-label'),
    );
    expect(labels).toContain('Tuesday 14:00 — 3 calls');
    expect(labels).toContain('Mon 2 Mar 2026 — 0 calls');
    expect(labels).toContain('SOWS Moderate — 2 assessments');
    expect(labels).toContain('Anxiety — 3 calls');
    expect(labels).toContain('Detox — 4 referrals');
    expect(labels).toContain('High risk — 1 call');
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['counselorName'].text).toEqual(['Sam Reyes', 'Ana Diaz']);
  });

  it('opens the calls behind a heatmap cell, with the range and the cell in the request', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    root()
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Tuesday 14:00 — 3 calls"]',
      )
      ?.click();
    const request = await expectGet('/api/reports/calls');
    expect(params(request)).toEqual({
      from: '2026-03-01',
      to: '2026-03-03',
      tz: 'America/Chicago',
      weekday: '2',
      hour: '14',
      page: '1',
      pageSize: '25',
    });
    request.flush(page([callSummary('1')], 1));
    await settle();
    expect(root().querySelector('h1')?.textContent).toContain(
      'Tuesdays 14:00–15:00',
    );
    expect(document.activeElement).toBe(root().querySelector('h1'));
    const links = Array.from(root().querySelectorAll('a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toContain('/calls/1');
    expect(links).toContain('/cases/case-1');
    expect(root().textContent).toContain('Tue 3 Mar 2026, 14:05');

    root().querySelector<HTMLAnchorElement>('a.back')?.click();
    await settle();
    expect(document.activeElement?.getAttribute('aria-label'))
      .withContext('focus returns to the cell, the summary not read again')
      .toBe('Tuesday 14:00 — 3 calls');
  });

  it('drills down by counselor from the table', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    root()
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Ana Diaz — 2 calls"]',
      )
      ?.click();
    const request = await expectGet('/api/reports/calls');
    expect(params(request)['counselorId']).toBe('u1');
    request.flush(page([], 0));
    await settle();
    expect(root().querySelector('h1')?.textContent).toContain(
      'Counselor: Ana Diaz',
    );
    expect(root().textContent).toContain('No calls match');
  });

  it('shows calls by caller relation, every relation listed, and opens the calls behind one', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    const card = Array.from(root().querySelectorAll('cb-chart-card')).find(
      (el) => el.textContent?.includes('Calls by caller relation'),
    );
    const bars = Array.from(
      card?.querySelectorAll('cb-bar-list button[aria-label]') ?? [],
    ).map((el) => el.getAttribute('aria-label'));
    expect(bars).toEqual([
      'Self — 3 calls',
      'Family — 2 calls',
      'Friend — 0 calls',
      'Professional — 0 calls',
      'Other — 0 calls',
    ]);
    card
      ?.querySelector<HTMLButtonElement>(
        'button[aria-label="Family — 2 calls"]',
      )
      ?.click();
    const request = await expectGet('/api/reports/calls');
    expect(params(request)['callerRelation']).toBe('family');
    request.flush(page([callSummary('1')], 1));
    await settle();
    expect(root().querySelector('h1')?.textContent).toContain('Caller: Family');
  });

  it('recomputes a preset when one is chosen', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await (
      await loader.getHarness(
        MatButtonToggleHarness.with({ text: 'Last 7 days' }),
      )
    ).check();
    const request = await expectGet('/api/reports/summary');
    // 18:00 UTC on Mar 3 is noon in Chicago.
    expect(params(request)).toEqual({
      from: '2026-02-25',
      to: '2026-03-03',
      tz: 'America/Chicago',
    });
    request.flush(summary());
  });

  it('exports the range shown as CSV', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(summary());
    await (
      await loader.getHarness(MatButtonHarness.with({ text: /Export CSV/ }))
    ).click();
    const request = await expectGet('/api/reports/calls.csv');
    expect(params(request)).toEqual({
      from: '2026-03-01',
      to: '2026-03-03',
      tz: 'America/Chicago',
    });
    request.flush(new Blob(['csv']), {
      headers: { 'Content-Disposition': 'attachment; filename="r.csv"' },
    });
    await settle();
    expect(saveFile).toHaveBeenCalledOnceWith(jasmine.any(Blob), 'r.csv');
    expect(notifier.success).toHaveBeenCalled();
  });

  it('says so when the range has no calls, and draws no charts', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(emptySummary());
    await settle();
    expect(root().textContent).toContain('No finalized calls in this range');
    expect(root().querySelector('cb-day-chart')).toBeNull();
  });

  it('shows a failure with a way to try again', async () => {
    await open(RANGE);
    (await expectGet('/api/reports/summary')).flush(
      {
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'The report could not be built.',
      },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await settle();
    expect(root().textContent).toContain('The report could not be built.');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    expect(root().textContent).not.toContain('The report could not be built.');
  });

  it('gives an admin the figures but no calls behind them and no CSV of calls', async () => {
    await open(RANGE, 'admin');
    (await expectGet('/api/reports/summary')).flush(summary());
    await settle();
    expect(root().textContent).toContain('Admins see these totals only');
    expect(root().textContent).not.toContain('Choose a bar, cell or counselor');
    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ text: /Export CSV/ }),
      ),
    ).toEqual([]);
    const cell = root().querySelector<HTMLButtonElement>(
      'button[aria-label="Tuesday 14:00 — 3 calls"]',
    );
    expect(cell?.getAttribute('aria-disabled')).toBe('true');
    cell?.click();
    root().querySelector<HTMLButtonElement>('.bars button')?.click();
    await settle();
    expect(
      root().querySelector('button[aria-label="Ana Diaz — 2 calls"]'),
    ).toBeNull();
    expect(root().textContent).toContain('Ana Diaz');
    http.expectNone((r) => r.url === '/api/reports/calls');
  });
});

function provideStoreWithUser(role: Role) {
  return provideStore(
    { [authFeature.name]: authFeature.reducer },
    {
      initialState: {
        [authFeature.name]: {
          ...initialAuthState,
          status: 'signed-in' as const,
          token: 't',
          user: { id: 'me', username: 'sky', displayName: 'Sky', role },
        },
      },
    },
  );
}
