import type { HarnessLoader } from '@angular/cdk/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CaseSummary, Page, Role } from '@casebook/shared/contracts';
import { CASE_LOOKUP_DEBOUNCE_MS } from './schedule-dialog';
import { page, STAFF } from './testing/callback-fixtures';
import { openCallbacksPage } from './testing/callbacks-page-testing';

const KASE: CaseSummary = {
  id: 'case-42',
  caseNumber: 'C-1042',
  alias: 'Robin',
  phone: null,
  status: 'open',
  alert: null,
  primarySubstance: null,
  coUsedSubstances: [],
  pregnant: false,
  lastUseAt: null,
  lastCallAt: null,
  latestSeverity: null,
};

describe('ScheduleDialog', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let root: HarnessLoader;
  let dialog: MatDialogHarness;

  /** The queue page as `role`, the dialog open, the staff list answered, case C-1042 picked. */
  async function openDialog(role: Role): Promise<void> {
    const test = await openCallbacksPage(role);
    ({ http, harness, root } = test);
    await test.answerQueue(page([]));
    await (
      await test.loader.getHarness(
        MatButtonHarness.with({ text: /Schedule call-back/ }),
      )
    ).click();
    await harness.fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush(STAFF);
    dialog = await root.getHarness(MatDialogHarness);
    const lookup = await dialog.getHarness(MatAutocompleteHarness);
    await lookup.enterText('C-1042');
    await new Promise((resolve) =>
      setTimeout(resolve, CASE_LOOKUP_DEBOUNCE_MS + 50),
    );
    const search = http.expectOne(
      (request) => request.method === 'GET' && request.url === '/api/cases',
    );
    search.flush({
      items: [KASE],
      total: 1,
      page: 1,
      pageSize: 8,
    } satisfies Page<CaseSummary>);
    await harness.fixture.whenStable();
    // The panel opens on focus once there are matches, as it does when the counselor types on.
    await lookup.blur();
    await lookup.focus();
    await lookup.selectOption({ text: /C-1042/ });
    await (
      await dialog.getHarness(MatInputHarness.with({ selector: 'textarea' }))
    ).setValue('Check in after intake');
  }

  async function schedule(): Promise<unknown> {
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Schedule' }))
    ).click();
    await harness.fixture.whenStable();
    return http.expectOne({ method: 'POST', url: '/api/callbacks' }).request
      .body;
  }

  afterEach(() => http.verify());

  it('still assigns the call-back to me unless told otherwise', async () => {
    await openDialog('counselor');
    expect(await dialog.getAllHarnesses(MatSelectHarness))
      .withContext('no picker until asked')
      .toEqual([]);
    expect(await schedule()).toEqual(
      jasmine.objectContaining({ caseId: 'case-42', assignedToId: 'me' }),
    );
  });

  it('assigns it to a colleague picked by name: active counselors and supervisors, never me', async () => {
    await openDialog('supervisor');
    await (
      await dialog.getHarness(
        MatRadioGroupHarness.with({
          selector: `[formControlName="assignedToId"]`,
        }),
      )
    ).checkRadioButton({ label: 'A colleague' });
    const picker = await dialog.getHarness(
      MatSelectHarness.with({ selector: '[formControlName="colleagueId"]' }),
    );
    await picker.open();
    const options = await Promise.all(
      (await picker.getOptions()).map((option) => option.getText()),
    );
    expect(options).toEqual([
      'Casey Counselor · Counselor',
      'Sky Supervisor · Supervisor',
    ]);
    await picker.clickOptions({ text: /Casey Counselor/ });
    expect(await schedule()).toEqual(
      jasmine.objectContaining({
        caseId: 'case-42',
        reason: 'Check in after intake',
        assignedToId: 'c',
      }),
    );
  });

  it('asks for a name before scheduling for "a colleague", and the team still means nobody', async () => {
    await openDialog('counselor');
    const assignee = await dialog.getHarness(
      MatRadioGroupHarness.with({
        selector: `[formControlName="assignedToId"]`,
      }),
    );
    await assignee.checkRadioButton({ label: 'A colleague' });
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Schedule' }))
    ).click();
    await harness.fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/callbacks' });
    expect(await dialog.getText()).toContain(
      'Pick the colleague who calls back.',
    );

    await assignee.checkRadioButton({ label: /The team/ });
    expect(await schedule()).toEqual(
      jasmine.objectContaining({ assignedToId: null }),
    );
  });
});
