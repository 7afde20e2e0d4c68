import { expect, test, type Page } from '@playwright/test';
import { E2E_IDLE_MINUTES } from '../playwright.config';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/**
 * Moves the browser's clock a minute on and, when that brings the check before a warning,
 * waits for the server's answer (real time) before the clock moves again.
 */
async function aMinuteLater(page: Page): Promise<void> {
  const check = page
    .waitForResponse((r) => r.url().includes('/api/auth/session'), {
      timeout: 2_000,
    })
    .catch(() => null);
  await page.clock.fastForward('01:00');
  await check;
}

/** The browser's clock is moved on; the server's session is E2E_IDLE_MINUTES long. */
test.describe('idle sign-out', () => {
  test('warns a minute before, stays signed in on request, and signs out with the reason after', async ({
    page,
  }) => {
    await page.clock.install();
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toHaveCount(0);

    await page.clock.fastForward(
      `${String(E2E_IDLE_MINUTES - 1).padStart(2, '0')}:05`,
    );
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('You will be signed out in');
    await expect(
      dialog.getByRole('button', { name: 'Stay signed in' }),
    ).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, 'idle-dialog');

    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('banner')).toContainText(
      DEMO.counselor.displayName,
    );

    await page.clock.fastForward(
      `${String(E2E_IDLE_MINUTES).padStart(2, '0')}:30`,
    );
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toContainText(
      `signed out after ${E2E_IDLE_MINUTES} minutes without activity`,
    );
    await screenshot(page, 'login-after-idle');
  });

  test('a counselor listening on an open call for 15 quiet minutes stays signed in; away from the call, the warning comes', async ({
    page,
  }) => {
    await page.clock.install();
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto('/calls/new');
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await expect(page.locator('cb-save-status [role="status"]')).toHaveText(
      /Saved/,
      { timeout: 10_000 },
    );
    const dialog = page.getByRole('alertdialog');
    // Minute by minute, letting each check before a warning reach the server and come back.
    for (let minute = 1; minute <= 15; minute++) {
      await aMinuteLater(page);
      await expect(dialog).toHaveCount(0);
    }
    await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);

    // Leaving the call screen (its empty draft is discarded, ADR 32) leaves no call on screen.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await expect(page).not.toHaveURL(/\/calls\//);
    // Within the idle limit's last minutes the check says "no call", and the warning comes.
    await expect(async () => {
      await aMinuteLater(page);
      await expect(dialog).toBeVisible({ timeout: 1_000 });
    }).toPass({ intervals: [0], timeout: E2E_IDLE_MINUTES * 5_000 });
    await expect(dialog).toContainText('You will be signed out in');
  });
});
