import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import {
  callIdOf,
  createCase,
  fictionalPhone,
  readCall,
} from './support/cases';
import { chooseWithArrows } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/**
 * Issue 12, "the first screen in under a second" (ADR 36): the call screen is drawn and
 * takes keys before the server has the draft, and the sections below the fold arrive just
 * after the first paint. (The "?" dialog, now fetched on first use, is call-screen.spec's.)
 */
test.describe('the call screen before its draft exists', () => {
  test('takes the lookup and the notes while the draft is still being created, and saves them once it is', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const alias = `Quinn F${Date.now() % 100000}`;
    const phone = fictionalPhone();
    await createCase(request, token, { alias, phone });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);

    // Hold the draft's create (the only request to exactly /api/calls here) until released.
    let releaseCreate: () => void = () => undefined;
    const createHeld = new Promise<void>(
      (resolve) => (releaseCreate = resolve),
    );
    let createSeen: () => void = () => undefined;
    const createArrived = new Promise<void>(
      (resolve) => (createSeen = resolve),
    );
    await page.route('**/api/calls', async (route) => {
      createSeen();
      await createHeld;
      await route.continue();
    });

    await page.goto('/calls/new');
    await createArrived;
    const lookup = page.getByRole('combobox', { name: /Find the caller/ });
    await expect(lookup).toBeFocused();
    await page.keyboard.type(phone);
    await expect(lookup).toHaveValue(phone);
    const option = page.getByRole('option', { name: new RegExp(alias) });
    await expect(option).toBeVisible();
    await chooseWithArrows(page, option);
    await page.keyboard.press('Alt+N');
    const words = `Typed before the draft existed ${Date.now()}.`;
    await page.keyboard.type(words);
    await expect(page.getByLabel('Call notes')).toHaveValue(words);
    // Every section is drawn by now, the create still held.
    await expect(page.locator('cb-symptom-picker')).toBeVisible();
    await expect(page.locator('cb-outcome-referrals')).toBeVisible();
    await expect(page.locator('.section-loading')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-before-draft-created');

    releaseCreate();
    await expect(page.locator('cb-save-status [role="status"]')).toHaveText(
      /Saved/,
      { timeout: 15_000 },
    );
    const record = await readCall(request, token, callIdOf(page));
    expect(record.notes).toBe(words);
    expect(record.caseAlias).toBe(alias);
  });
});
