import { expect, test } from '@playwright/test';
import { E2E_IDLE_MINUTES } from '../playwright.config';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** The browser's clock is moved on; the server's session is E2E_IDLE_MINUTES long. */
test.describe('idle sign-out', () => {
  test('warns a minute before, stays signed in on request, and signs out with the reason after', async ({ page }) => {
    await page.clock.install();
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toHaveCount(0);

    await page.clock.fastForward(`${String(E2E_IDLE_MINUTES - 1).padStart(2, '0')}:05`);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('You will be signed out in');
    await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, 'idle-dialog');

    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('banner')).toContainText(DEMO.counselor.displayName);

    await page.clock.fastForward(`${String(E2E_IDLE_MINUTES).padStart(2, '0')}:30`);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toContainText(`signed out after ${E2E_IDLE_MINUTES} minutes without activity`);
    await screenshot(page, 'login-after-idle');
  });
});
