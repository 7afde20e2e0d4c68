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
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { CaseRecord, StaleCaseError } from '@casebook/shared/contracts';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { casesRoutes } from './cases-routes';

const sam: CaseRecord = {
  id: 'case-1',
  caseNumber: 'C-1042',
  alias: 'Sam R.',
  phone: '+12015550123',
  status: 'open',
  alert: 'Prefers Spanish',
  primarySubstance: 'fentanyl',
  coUsedSubstances: [],
  pregnant: false,
  lastUseAt: '2026-03-01T08:00:00.000Z',
  lastCallAt: null,
  latestSeverity: null,
  createdAt: '2026-02-20T09:00:00.000Z',
  updatedAt: '2026-02-20T09:00:00.000Z',
  createdBy: 'u-1',
  version: 3,
};

describe('CasePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(async () => {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideEffects(),
        provideRouter([{ path: 'cases', children: casesRoutes }]),
        { provide: Notifier, useValue: notifier },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases/case-1');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
    http.expectOne('/api/cases/case-1').flush(sam);
    http.expectOne('/api/cases/case-1/symptoms').flush({ items: [] });
    http
      .expectOne('/api/calls?caseId=case-1&page=1&pageSize=10')
      .flush({ items: [], total: 0, page: 1, pageSize: 10 });
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  const text = () =>
    ((harness.routeNativeElement as HTMLElement).textContent ?? '').replace(
      /\s+/g,
      ' ',
    );

  async function editAlert(value: string): Promise<void> {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Edit details' }))
    ).click();
    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Caller alert' }),
    );
    await (
      (await field.getControl(MatInputHarness)) as MatInputHarness
    ).setValue(value);
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Save changes' }))
    ).click();
    await harness.fixture.whenStable();
  }

  it('shows the case with its alert, and the empty calls and history', () => {
    expect(text()).toContain('C-1042');
    expect(text()).toContain('Caller alert: Prefers Spanish');
    expect(text()).toContain('No calls logged for this case yet.');
    expect(text()).toContain('No assessments in finalized calls yet.');
  });

  it('saves only the changed field with the version read, and closes the edit', async () => {
    await editAlert('Ask for Sam');
    const patch = http.expectOne({ method: 'PATCH', url: '/api/cases/case-1' });
    expect(patch.request.body).toEqual({ alert: 'Ask for Sam', version: 3 });
    patch.flush({ ...sam, alert: 'Ask for Sam', version: 4 });
    await harness.fixture.whenStable();
    expect(text()).toContain('Caller alert: Ask for Sam');
    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ text: 'Save changes' }),
      ),
    ).toEqual([]);
    expect(notifier.success).toHaveBeenCalledWith('Saved case C-1042.');
  });

  it('on 409 shows what changed and re-applies the edit on top of their version', async () => {
    await editAlert('Prefers English');
    const theirs: CaseRecord = {
      ...sam,
      alert: 'Ask for Sam',
      status: 'closed',
      version: 5,
    };
    const stale: StaleCaseError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'The case was changed by someone else',
      current: theirs,
    };
    http
      .expectOne({ method: 'PATCH', url: '/api/cases/case-1' })
      .flush(stale, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();

    expect(text()).toContain(
      'Someone else changed this case since you opened it',
    );
    const rows = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll(
        '.changes tbody tr',
      ),
    ).map((row) => row.getAttribute('data-field'));
    expect(rows).toEqual(['alert', 'status']);

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Re-apply mine' }))
    ).click();
    await harness.fixture.whenStable();
    const again = http.expectOne({ method: 'PATCH', url: '/api/cases/case-1' });
    expect(again.request.body).toEqual({
      alert: 'Prefers English',
      version: 5,
    });
    again.flush({ ...theirs, alert: 'Prefers English', version: 6 });
    await harness.fixture.whenStable();
    expect(text()).toContain('Caller alert: Prefers English');
    expect(text()).not.toContain('Someone else changed this case');
  });

  it('says which part did not load and tries it again on request', async () => {
    await harness.navigateByUrl('/cases/case-2');
    await harness.fixture.whenStable();
    const unavailable = {
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Database unavailable',
    };
    const failed = { status: 503, statusText: 'Service Unavailable' };
    http.expectOne('/api/cases/case-2').flush({ ...sam, id: 'case-2' });
    http.expectOne('/api/cases/case-2/symptoms').flush(unavailable, failed);
    http
      .expectOne('/api/calls?caseId=case-2&page=1&pageSize=10')
      .flush(unavailable, failed);
    await harness.fixture.whenStable();
    expect(text()).toContain('Could not load the calls. Database unavailable');
    expect(text()).toContain(
      'Could not load the symptom history. Database unavailable',
    );

    const [callsAgain] = await loader.getAllHarnesses(
      MatButtonHarness.with({ text: 'Try again' }),
    );
    await callsAgain.click();
    await harness.fixture.whenStable();
    http
      .expectOne('/api/calls?caseId=case-2&page=1&pageSize=10')
      .flush({ items: [], total: 0, page: 1, pageSize: 10 });
    await harness.fixture.whenStable();
    expect(text()).not.toContain('Could not load the calls.');
    expect(text()).toContain('Could not load the symptom history.');
  });

  it('"Use theirs" drops the edit and shows the case as they left it', async () => {
    await editAlert('Prefers English');
    http.expectOne({ method: 'PATCH', url: '/api/cases/case-1' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'stale',
        current: { ...sam, alert: 'Ask for Sam', version: 5 },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Use theirs' }))
    ).click();
    await harness.fixture.whenStable();
    expect(text()).toContain('Caller alert: Ask for Sam');
    expect(text()).not.toContain('Someone else changed this case');
  });
});
