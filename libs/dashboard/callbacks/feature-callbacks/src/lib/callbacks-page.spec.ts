import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { Callback, Page, Role } from '@casebook/shared/contracts';
import type { Notifier } from '@casebook/dashboard/shared/data-access';
import { callback, page, STAFF } from './testing/callback-fixtures';
import { openCallbacksPage } from './testing/callbacks-page-testing';

describe('CallbacksPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let root: HarnessLoader;
  let notifier: jasmine.SpyObj<Notifier>;
  let answerQueue: (
    reply: Page<Callback>,
  ) => Promise<Record<string, string | null>>;
  let text: () => string;

  async function open(role: Role): Promise<void> {
    ({ http, harness, loader, root, notifier, answerQueue, text } =
      await openCallbacksPage(role));
  }

  afterEach(() => http.verify());

  it('opens on my open call-backs, and each queue tab and status asks for its own', async () => {
    await open('counselor');
    expect(await answerQueue(page([]))).toEqual({
      queue: 'mine',
      status: 'open',
      page: '1',
      pageSize: '50',
    });
    expect(text()).toContain('Nothing due for you.');

    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'Team' }))
    ).check();
    expect(await answerQueue(page([callback('a')]))).toEqual({
      queue: 'team',
      status: 'open',
      page: '1',
      pageSize: '50',
    });

    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'Done' }))
    ).check();
    expect(await answerQueue(page([]))).toEqual({
      queue: 'team',
      status: 'done',
      page: '1',
      pageSize: '50',
    });
    expect(text()).toContain('No done team call-backs.');
  });

  it('offers "All" to supervisors only', async () => {
    await open('counselor');
    await answerQueue(page([]));
    expect(
      await loader.getAllHarnesses(
        MatButtonToggleHarness.with({ text: 'All' }),
      ),
    ).toEqual([]);
    TestBed.resetTestingModule();

    await open('supervisor');
    await answerQueue(page([]));
    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'All' }))
    ).check();
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
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
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

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Log attempt' }))
    ).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await (
      await dialog.getHarness(MatRadioGroupHarness)
    ).checkRadioButton({ label: 'Reached' });
    await (
      await dialog.getHarness(MatInputHarness)
    ).setValue('Going to intake tomorrow');
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Log attempt' }))
    ).click();
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
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Reached C-101 (Alias 1): call-back done.',
    );
  });

  it('takes a team call-back for the signed-in user', async () => {
    await open('counselor');
    await answerQueue(page([]));
    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'Team' }))
    ).check();
    const row = callback('7', { version: 2 });
    await answerQueue(page([row]));

    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Take it' }))
    ).click();
    await harness.fixture.whenStable();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/callbacks/7' });
    expect(patch.request.body).toEqual({ version: 2, assignedToId: 'me' });
    patch.flush({ ...row, assignedToId: 'me', version: 3 });
    await answerQueue(page([]));
    expect(text()).toContain('The team queue is empty');
  });

  /** The row's "More actions" menu. */
  async function moreActions(caseNumber: string): Promise<MatMenuHarness> {
    return loader.getHarness(
      MatMenuHarness.with({
        selector: `[aria-label="More actions for ${caseNumber}"]`,
      }),
    );
  }

  it("lets a supervisor hand a colleague's call-back to someone else by name", async () => {
    await open('supervisor');
    const row = callback('1', {
      assignedToId: 'c',
      assignedToName: 'Casey Counselor',
      version: 3,
    });
    await answerQueue(page([row]));
    const cells = await (
      await loader.getHarness(MatTableHarness)
    ).getCellTextByColumnName();
    expect(cells['assignee'].text).toEqual(['Casey Counselor']);

    await (await moreActions('C-101')).clickItem({ text: 'Reassign…' });
    await harness.fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush(STAFF);
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain('Now with: Casey Counselor');
    const picker = await dialog.getHarness(MatSelectHarness);
    await picker.open();
    const options = await Promise.all(
      (await picker.getOptions()).map((option) => option.getText()),
    );
    expect(options).toEqual([
      'The team (anyone may take it)',
      'Sam (you) · Counselor',
      'Sky Supervisor · Supervisor',
    ]);
    await picker.clickOptions({ text: /Sky Supervisor/ });
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Reassign' }))
    ).click();
    await harness.fixture.whenStable();

    const patch = http.expectOne({ method: 'PATCH', url: '/api/callbacks/1' });
    expect(patch.request.body).toEqual({ version: 3, assignedToId: 's' });
    patch.flush({
      ...row,
      assignedToId: 's',
      assignedToName: 'Sky Supervisor',
      version: 4,
    });
    await answerQueue(page([]));
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Call-back for C-101 (Alias 1) is now assigned to Sky Supervisor.',
    );
  });

  it('offers a counselor "Reassign" on their own call-backs only, and sends nothing until a name is picked', async () => {
    await open('counselor');
    await answerQueue(
      page([
        callback('1', { assignedToId: 'me', assignedToName: 'Sam' }),
        callback('2'),
      ]),
    );
    const teamItems = await (await moreActions('C-102')).getItems();
    expect(
      await Promise.all(teamItems.map((item) => item.getText())),
    ).not.toContain('Reassign…');
    await (await moreActions('C-102')).close();

    await (await moreActions('C-101')).clickItem({ text: 'Reassign…' });
    await harness.fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush(STAFF);
    const dialog = await root.getHarness(MatDialogHarness);
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Reassign' }))
    ).click();
    expect(await dialog.getText()).toContain('Pick who calls back.');
    const picker = await dialog.getHarness(MatSelectHarness);
    await picker.open();
    const options = await Promise.all(
      (await picker.getOptions()).map((option) => option.getText()),
    );
    expect(options).toEqual([
      'The team (anyone may take it)',
      'Casey Counselor · Counselor',
      'Sky Supervisor · Supervisor',
    ]);
    await picker.clickOptions({ text: /The team/ });
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Reassign' }))
    ).click();
    await harness.fixture.whenStable();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/callbacks/1' });
    expect(patch.request.body).toEqual({ version: 1, assignedToId: null });
    patch.flush(callback('1', { version: 2 }));
    await answerQueue(page([]));
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Call-back for C-101 (Alias 1) is back in the team queue.',
    );
  });
});
