import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { callIdOf } from './support/cases';
import { readUntil, startSecondApi } from './support/second-api';
import { jumpTo } from './support/keyboard';
import { signIn } from './support/sign-in';

test.describe('the live board', () => {
  test('a supervisor sees a high-risk screen within two seconds of it being saved', async ({
    browser,
  }) => {
    const supervisorContext = await browser.newContext();
    const counselorContext = await browser.newContext();
    const board = await supervisorContext.newPage();
    const call = await counselorContext.newPage();

    await signIn(board, DEMO.supervisor.username, DEMO.supervisor.password);
    await board
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Live board' })
      .click();
    await expect(
      board.getByRole('heading', { name: 'Live board' }),
    ).toBeVisible();
    await expect(board.locator('.connection')).toContainText('Live');
    await expectNoAxeViolations(board);
    const alerts = board.getByRole('list', { name: 'High-risk alerts' });
    const before = await alerts
      .getByRole('listitem')
      .count()
      .catch(() => 0);

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
    await jumpTo(call, 'Alt+R', 'cb-risk-screen');
    for (const answer of ['y', 'y', 'y', 'y'])
      await call.keyboard.press(answer);
    await call.keyboard.press('Control+s');
    await saved;
    const savedAt = Date.now();

    await expect(alerts.getByRole('listitem')).toHaveCount(before + 1, {
      timeout: 2000,
    });
    expect(Date.now() - savedAt).toBeLessThan(2000);
    await expect(alerts).toContainText(DEMO.counselor.displayName);
    await expect(
      alerts.getByRole('listitem').filter({ hasText: 'New' }),
    ).not.toHaveCount(0);
    await expectNoAxeViolations(board);
    await screenshot(board, 'board-high-risk');
    await supervisorContext.close();
    await counselorContext.close();
  });
});

test.describe('the live board across API instances', () => {
  test('a board streaming from a second API process shows a high-risk screen saved through the first', async ({
    browser,
  }) => {
    const second = await startSecondApi(3191);
    try {
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          username: DEMO.supervisor.username,
          password: DEMO.supervisor.password,
        }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const stream = await fetch(`${second.url}/api/board/events`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();

      const counselor = await (await browser.newContext()).newPage();
      await signIn(counselor, DEMO.counselor.username, DEMO.counselor.password);
      await counselor.goto('/calls/new');
      await counselor.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
      const callId = callIdOf(counselor);
      await counselor.keyboard.press('Escape');
      await jumpTo(counselor, 'Alt+R', 'cb-risk-screen');
      for (const answer of ['y', 'y', 'y', 'y'])
        await counselor.keyboard.press(answer);
      await counselor.keyboard.press('Control+s');
      const savedAt = Date.now();

      const seen = await readUntil(
        reader,
        (text) => text.includes(callId),
        3000,
      );
      expect(seen).toBeTruthy();
      expect(Date.now() - savedAt).toBeLessThan(3000);
      await reader.cancel();
    } finally {
      await second.stop();
    }
  });
});
