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
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { Page, ReferralResource } from '@casebook/shared/contracts';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { SEARCH_DEBOUNCE_MS } from './resources-page';
import { resourcesRoutes } from './resources-routes';
import { page, resource } from './testing/resource-fixtures';

describe('ResourcesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(async () => {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideEffects(),
        provideRouter([{ path: 'directory', children: resourcesRoutes }]),
        { provide: Notifier, useValue: notifier },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/directory');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(
      harness.fixture,
    );
  });

  afterEach(() => http.verify());

  /** Answers the one list request outstanding; returns its query. */
  async function answerList(
    reply: Page<ReferralResource>,
  ): Promise<Record<string, string | null>> {
    await harness.fixture.whenStable();
    const request: TestRequest = http.expectOne(
      (r) => r.url === '/api/resources' && r.method === 'GET',
    );
    const query: Record<string, string | null> = {};
    for (const key of request.request.params.keys()) {
      query[key] = request.request.params.get(key);
    }
    request.flush(reply);
    await harness.fixture.whenStable();
    return query;
  }

  async function waitOutDebounce(): Promise<void> {
    await new Promise((resolve) =>
      setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50),
    );
  }

  it('lists the directory with type labels, formatted phones and status in words', async () => {
    expect(
      await answerList(
        page([
          resource('a', {
            name: 'Northside Detox',
            languages: ['English', 'Spanish'],
          }),
          resource('b', {
            name: 'Harbor Shelter',
            type: 'shelter',
            phone: null,
            hours: null,
            languages: [],
            active: false,
          }),
        ]),
      ),
    ).toEqual({ includeInactive: 'true', page: '1', pageSize: '25' });
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['name'].text).toEqual(['Northside Detox', 'Harbor Shelter']);
    expect(cells['type'].text).toEqual(['Detox', 'Shelter']);
    expect(cells['phone'].text).toEqual(['(201) 555-0123', 'None']);
    expect(cells['languages'].text).toEqual(['English, Spanish', 'Not given']);
    expect(cells['status'].text).toEqual(['Active', 'Retired']);
  });

  it('marks national lines, whose short code shows as it is dialled', async () => {
    await answerList(
      page([
        resource('a', {
          name: '988 Suicide & Crisis Lifeline',
          type: 'crisis-line',
          phone: '988',
          national: true,
        }),
        resource('b', { name: 'Northside Detox' }),
      ]),
    );
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['name'].text).toEqual([
      '988 Suicide & Crisis Lifeline National',
      'Northside Detox',
    ]);
    expect(cells['phone'].text).toEqual(['988', '(201) 555-0123']);
  });

  it('searches the server with q= once typing pauses, from the first page', async () => {
    await answerList(page([resource('a')]));
    const search = await loader.getHarness(
      MatInputHarness.with({ selector: '[type="search"]' }),
    );
    await search.setValue('  north ');
    await waitOutDebounce();
    const query = await answerList(page([]));
    expect(query['q']).toBe('north');
    expect(query['page']).toBe('1');
    expect(query['type']).toBeUndefined();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain(
      'No entries match the search.',
    );
  });

  it('filters by type with type=, and "All types" drops it again', async () => {
    await answerList(page([resource('a')]));
    const select = await loader.getHarness(
      MatSelectHarness.with({
        ancestor: '.filters',
      }),
    );
    await select.clickOptions({ text: 'Naloxone' });
    expect((await answerList(page([])))['type']).toBe('naloxone');
    await select.clickOptions({ text: 'All types' });
    expect((await answerList(page([])))['type']).toBeUndefined();
  });

  it('retires an entry only after confirmation, with the version it was loaded with', async () => {
    const northside = resource('a', { name: 'Northside Detox', version: 7 });
    await answerList(page([northside]));
    const menu = await loader.getHarness(
      MatMenuHarness.with({
        selector: '[aria-label="Actions for Northside Detox"]',
      }),
    );
    await menu.clickItem({ text: 'Retire' });
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Retire Northside Detox?');
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Retire' }))
    ).click();
    await harness.fixture.whenStable();
    const patch = http.expectOne('/api/resources/a');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ active: false, version: 7 });
    patch.flush({ ...northside, active: false, version: 8 });
    await harness.fixture.whenStable();
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['status'].text).toEqual(['Retired']);
    expect(notifier.success).toHaveBeenCalled();
  });

  it('reloads and says so when a change is stale (409)', async () => {
    const northside = resource('a', { name: 'Northside Detox', active: false });
    await answerList(page([northside]));
    await (
      await loader.getHarness(
        MatMenuHarness.with({
          selector: '[aria-label="Actions for Northside Detox"]',
        }),
      )
    ).clickItem({ text: 'Restore' });
    await (
      await (
        await documentLoader.getHarness(MatDialogHarness)
      ).getHarness(MatButtonHarness.with({ text: 'Restore' }))
    ).click();
    await harness.fixture.whenStable();
    http.expectOne('/api/resources/a').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'This entry was changed since you loaded it; reload it',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await answerList(page([{ ...northside, active: true, version: 2 }]));
    expect(notifier.error).toHaveBeenCalledOnceWith(
      jasmine.stringContaining('changed since you loaded it'),
    );
  });
});
