import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, createCase, readCall } from './support/cases';
import { tabTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

const saveStatus = (page: Page) =>
  page.locator('cb-save-status [role="status"]');

/** Starts a call from the address bar and waits until the server has its draft. */
async function newCall(page: Page): Promise<string> {
  await page.goto('/calls/new');
  await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
  await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 10_000 });
  return callIdOf(page);
}

/**
 * From the call screen's lookup (Alt+L) back to "My drafts" in the main navigation with
 * Shift+Tab, then Enter: an in-app move, as a keyboard user leaves a call, not a reload.
 */
async function openMyDraftsByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Alt+L');
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My drafts' });
  for (
    let step = 0;
    step < 40 &&
    !(await link.evaluate((element) => element === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'My drafts' })).toBeVisible();
}

/** Issue 12 item 4 (ADR 32): empty drafts go when left, a counselor discards one, a supervisor sees what is left. */
test.describe('abandoned drafts', () => {
  test('an empty call left behind is discarded; a draft with a note is discarded by keyboard from My drafts and kept for the record', async ({
    page,
    request,
  }) => {
    // Three calls opened, three axe runs: longer than most tests.
    test.slow();
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);

    // A call with a note: leaving it keeps it.
    const withNote = await newCall(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+N');
    const note = `Wrong number ${Date.now()}, caller hung up.`;
    await page.keyboard.type(note);
    await page.keyboard.press('Control+s');
    await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 10_000 });
    await page.locator('cb-discard-draft-button').scrollIntoViewIfNeeded();
    await screenshot(page, 'call-page-discard-button');
    await expectNoAxeViolations(page);
    await openMyDraftsByKeyboard(page);

    // An untouched call: leaving it discards it, the server having checked it is empty.
    const empty = await newCall(page);
    const discarded = page.waitForResponse(
      (r) => r.url().endsWith(`/api/calls/${empty}/discard`) && r.ok(),
    );
    await openMyDraftsByKeyboard(page);
    await discarded;
    expect((await readCall(request, token, empty)).status).toBe('discarded');
    expect((await readCall(request, token, withNote)).status).toBe('draft');

    const row = page
      .getByRole('row')
      .filter({ has: page.locator(`a[href="/calls/${withNote}"]`) });
    await expect(row).toHaveCount(1);
    await expect(page.locator(`a[href="/calls/${empty}"]`)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-drafts-discard-button');

    // Discard by keyboard: the dialog starts on "Keep draft"; Tab, Enter discards.
    await tabTo(
      page,
      row.getByRole('button', { name: /^Discard draft started/ }),
      80,
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', {
      name: 'Discard this draft?',
    });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('button', { name: 'Keep draft' }),
    ).toBeFocused();
    await expect(dialog).toContainText('the audit trail keeps it');
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-drafts-discard-dialog');
    await page.keyboard.press('Tab');
    await expect(
      dialog.getByRole('button', { name: 'Discard draft' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText('Draft discarded. The audit trail keeps it.'),
    ).toBeVisible();
    await expect(page.locator(`a[href="/calls/${withNote}"]`)).toHaveCount(0);

    const record = await readCall(request, token, withNote);
    expect(record.status).toBe('discarded');
    expect(record.notes).toBe(note);
    expect(record.discardedByName).toBe(DEMO.counselor.displayName);

    // Opened again, the discarded draft reads as such and takes no edits.
    await page.goto(`/calls/${withNote}`);
    await expect(
      page.getByText(
        `This draft was discarded by ${DEMO.counselor.displayName}`,
      ),
    ).toBeVisible();
    await expect(page.getByLabel('Call notes')).toHaveValue(note);
    await expect(page.getByLabel('Call notes')).toBeDisabled();
    await expect(page.locator('cb-discard-draft-button')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-page-discarded-draft');
  });

  test('a supervisor watches a discarded draft leave "Calls in progress", finds it among the discarded, and sees the "Unfinished drafts" region', async ({
    browser,
    request,
  }) => {
    const counselorToken = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const person = await createCase(request, counselorToken, {
      alias: `Drafts ${Date.now()}`,
    });
    const started = await request.post('/api/calls', {
      headers: { Authorization: `Bearer ${counselorToken}` },
      data: {
        direction: 'inbound',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        caseId: person.id,
      },
    });
    expect(started.status()).toBe(201);
    const callId = (await started.json()).id as string;

    const context = await browser.newContext();
    const board = await context.newPage();
    await signIn(board, DEMO.supervisor.username, DEMO.supervisor.password);
    await tabTo(
      board,
      board
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Live board' }),
      120,
    );
    await board.keyboard.press('Enter');
    await expect(board.locator('.connection')).toContainText('Live');
    const inProgress = board.locator('cb-board-calls');
    await expect(inProgress).toContainText(person.caseNumber);
    await expect(
      board.getByRole('heading', { name: 'Unfinished drafts' }),
    ).toBeVisible();
    await expect(board.locator('cb-board-unfinished')).toContainText(
      'with no save for 30 minutes or more',
    );
    await expectNoAxeViolations(board);
    await board.locator('cb-board-unfinished').scrollIntoViewIfNeeded();
    await screenshot(board, 'board-with-unfinished-drafts-region');

    const discard = await request.post(`/api/calls/${callId}/discard`, {
      headers: { Authorization: `Bearer ${counselorToken}` },
      data: {},
    });
    expect(discard.status()).toBe(200);
    await expect(inProgress).not.toContainText(person.caseNumber);

    const supervisorToken = await apiToken(
      request,
      DEMO.supervisor.username,
      DEMO.supervisor.password,
    );
    const listed = await request.get(
      '/api/calls?status=discarded&pageSize=100',
      {
        headers: { Authorization: `Bearer ${supervisorToken}` },
      },
    );
    expect(
      ((await listed.json()).items as { id: string }[]).map((c) => c.id),
    ).toContain(callId);
    await context.close();
  });
});
