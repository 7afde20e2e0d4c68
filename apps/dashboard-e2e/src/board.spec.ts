import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('the live board', () => {
  test('a supervisor sees a high-risk screen within two seconds of it being saved', async ({ browser }) => {
    const supervisorContext = await browser.newContext();
    const counselorContext = await browser.newContext();
    const board = await supervisorContext.newPage();
    const call = await counselorContext.newPage();

    await signIn(board, DEMO.supervisor.username, DEMO.supervisor.password);
    await board.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live board' }).click();
    await expect(board.getByRole('heading', { name: 'Live board' })).toBeVisible();
    await expect(board.locator('.connection')).toContainText('Live');
    await expectNoAxeViolations(board);
    const alerts = board.getByRole('list', { name: 'High-risk alerts' });
    const before = await alerts.getByRole('listitem').count().catch(() => 0);

    await signIn(call, DEMO.counselor.username, DEMO.counselor.password);
    await call.goto('/calls/new');
    await call.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    // The moment the server has the high-risk answers is the moment the clock starts.
    const saved = call.waitForResponse(
      (r) =>
        r.url().includes('/api/calls') &&
        ['POST', 'PATCH'].includes(r.request().method()) &&
        (r.request().postData() ?? '').includes('"q4":true') &&
        r.ok(),
    );
    await call.keyboard.press('Escape');
    await call.keyboard.press('Alt+R');
    for (const answer of ['y', 'y', 'y', 'y']) await call.keyboard.press(answer);
    await call.keyboard.press('Control+s');
    await saved;
    const savedAt = Date.now();

    await expect(alerts.getByRole('listitem')).toHaveCount(before + 1, { timeout: 2000 });
    expect(Date.now() - savedAt).toBeLessThan(2000);
    await expect(alerts).toContainText(DEMO.counselor.displayName);
    await expect(alerts.getByRole('listitem').filter({ hasText: 'New' })).not.toHaveCount(0);
    await expectNoAxeViolations(board);
    await screenshot(board, 'board-high-risk');
    await supervisorContext.close();
    await counselorContext.close();
  });
});
