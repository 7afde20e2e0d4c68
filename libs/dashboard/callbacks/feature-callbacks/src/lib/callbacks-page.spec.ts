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
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { Callback, Page, Role } from '@casebook/shared/contracts';
import { authFeature, initialAuthState } from '@casebook/dashboard/auth/data-access';
import { CLOCK, Notifier } from '@casebook/dashboard/shared/data-access';
import { callbacksRoutes } from './callbacks-routes';
import { callback, page } from './testing/callback-fixtures';

const NOW = Date.parse('2026-03-10T14:00:00.000Z');

describe('CallbacksPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let notifier: jasmine.SpyObj<Notifier>;

  async function open(role: Role): Promise<void> {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
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
                user: { id: 'me', username: 'sam', displayName: 'Sam', role },
              },
            },
          },
        ),
        provideEffects(),
        provideRouter([{ path: 'callbacks', children: callbacksRoutes }]),
        { provide: CLOCK, useValue: { now: () => NOW } },
        { provide: Notifier, useValue: notifier },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/callbacks');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  afterEach(() => http.verify());

  /** Answers the one queue request outstanding; returns its query. */
  async function answerQueue(reply: Page<Callback>): Promise<Record<string, string | null>> {
    await harness.fixture.whenStable();
    const request: TestRequest = http.expectOne((r) => r.url === '/api/callbacks' && r.method === 'GET');
    const query: Record<string, string | null> = {};
    for (const key of request.request.params.keys()) {
      query[key] = request.request.params.get(key);
    }
    request.flush(reply);
    await harness.fixture.whenStable();
    return query;
  }

  function text(): string {
    return (harness.routeNativeElement as HTMLElement).textContent ?? '';
  }

  it('opens on my open call-backs, and each queue tab and status asks for its own', async () => {
    await open('counselor');
    expect(await answerQueue(page([]))).toEqual({ queue: 'mine', status: 'open', page: '1', pageSize: '50' });
    expect(text()).toContain('Nothing due for you.');

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Team' }))).check();
    expect(await answerQueue(page([callback('a')]))).toEqual({
      queue: 'team',
      status: 'open',
      page: '1',
      pageSize: '50',
    });

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Done' }))).check();
    expect(await answerQueue(page([]))).toEqual({ queue: 'team', status: 'done', page: '1', pageSize: '50' });
    expect(text()).toContain('No done team call-backs.');
  });

  it('offers "All" to supervisors only', async () => {
    await open('counselor');
    await answerQueue(page([]));
    expect(await loader.getAllHarnesses(MatButtonToggleHarness.with({ text: 'All' }))).toEqual([]);
    TestBed.resetTestingModule();

    await open('supervisor');
    await answerQueue(page([]));
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'All' }))).check();
    expect((await answerQueue(page([])))['queue']).toBe('all');
  });

  it('shows the queue in the server’s order, marking overdue rows in words', async () => {
    await open('counselor');
    await answerQueue(
      page([
        callback('1', {
          overdue: true,
          dueAt: '2026-03-10T13:25:00.000Z',
          caseAlert: 'prefers Spanish',
          assignedToId: 'me',
          assignedToName: 'Sam',
        }),
        callback('2', { dueAt: '2026-03-10T16:00:00.000Z' }),
      ]),
    );
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['case'].text).toEqual(['C-101 Alias 1', 'C-102 Alias 2']);
    expect(cells['due'].text[0]).toContain('Overdue');
    expect(cells['due'].text[0]).toContain('overdue by 35 min');
    expect(cells['due'].text[1]).not.toContain('Overdue');
    expect(cells['due'].text[1]).toContain('in 2 h');
    expect(cells['alert'].text[0]).toContain('prefers Spanish');
    expect(cells['assignee'].text).toEqual(['You', 'Team']);
    expect(text()).toContain('1 overdue');
  });

  it('logs an attempt through the dialog with the version read, then reloads the queue', async () => {
    await open('counselor');
    const row = callback('1', { assignedToId: 'me', version: 4 });
    await answerQueue(page([row]));

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Log attempt' }))).click();
    const root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Reached' });
    await (await dialog.getHarness(MatInputHarness)).setValue('Going to intake tomorrow');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Log attempt' }))).click();
    await harness.fixture.whenStable();

    const patch = http.expectOne({ method: 'PATCH', url: '/api/callbacks/1' });
    expect(patch.request.body).toEqual({
      version: 4,
      attempt: { result: 'reached', note: 'Going to intake tomorrow' },
    });
    patch.flush({ ...row, status: 'done', version: 5 });
    expect(await answerQueue(page([])))
      .withContext('reloads after the change')
      .toEqual({ queue: 'mine', status: 'open', page: '1', pageSize: '50' });
    expect(notifier.success).toHaveBeenCalledOnceWith('Reached C-101 (Alias 1): call-back done.');
  });

  it('takes a team call-back for the signed-in user', async () => {
    await open('counselor');
    await answerQueue(page([]));
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Team' }))).check();
    const row = callback('7', { version: 2 });
    await answerQueue(page([row]));

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Take it' }))).click();
    await harness.fixture.whenStable();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/callbacks/7' });
    expect(patch.request.body).toEqual({ version: 2, assignedToId: 'me' });
    patch.flush({ ...row, assignedToId: 'me', version: 3 });
    await answerQueue(page([]));
    expect(text()).toContain('The team queue is empty');
  });
});
