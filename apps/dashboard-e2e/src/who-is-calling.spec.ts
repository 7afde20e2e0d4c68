import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, readCall } from './support/cases';
import { jumpTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Issue 12: a family member calls about someone else; the self-report instruments say so (ADR 30). */
test.describe('who is calling', () => {
  test('a mother calls about her son: Family chosen by keyboard, SOWS and the C-SSRS marked, the record keeps it', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto('/calls/new');
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('combobox', { name: /Find the caller/ }),
    ).toBeFocused();

    // "Who is calling" sits just before the lookup: Shift+Tab reaches it, Self by default.
    const whoIsCalling = page.getByRole('radiogroup', {
      name: 'Who is calling',
    });
    await page.keyboard.press('Shift+Tab');
    await expect(
      whoIsCalling.getByRole('radio', { name: 'Self' }),
    ).toBeFocused();
    await expect(
      whoIsCalling.getByRole('radio', { name: 'Self' }),
    ).toBeChecked();
    const sowsMarker = page.locator(
      'cb-withdrawal-section cb-third-party-marker',
    );
    const riskMarker = page.locator(
      'section[aria-labelledby="cb-risk-heading"] cb-third-party-marker',
    );
    await expect(sowsMarker.getByRole('note')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(
      whoIsCalling.getByRole('radio', { name: 'Family' }),
    ).toBeChecked();
    const marker =
      'Reported by a third party (family): ask how the person seems to them.';
    await expect(sowsMarker).toContainText(marker);
    await expect(sowsMarker).toContainText('not part of the instrument');
    await expect(riskMarker).toContainText(marker);
    await screenshot(page, 'call-family-caller-picker');

    // The instruments are asked as published, beside the marker: SOWS by digits, the screener by keys.
    await jumpTo(page, 'Alt+S', 'cb-instrument-entry');
    for (let i = 0; i < 4; i++) await page.keyboard.press('1');
    await jumpTo(page, 'Alt+R', 'cb-risk-screen');
    for (const answer of ['n', 'n', 'n']) await page.keyboard.press(answer);
    await expect(page.locator('cb-save-status [role="status"]')).toHaveText(
      /Saved/,
      { timeout: 10_000 },
    );
    await expectNoAxeViolations(page);
    await page.locator('cb-withdrawal-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'call-family-caller');
    await riskMarker.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-family-caller-cssrs');

    const callId = callIdOf(page);
    await expect
      .poll(async () => (await readCall(request, token, callId)).callerRelation)
      .toBe('family');

    // Finalized, the record names who called and keeps the marker.
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(
      dialog.getByRole('button', { name: 'Finalize call' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeVisible();
    const view = page.locator('cb-call-record-view');
    await expect(view.locator('.facts')).toContainText('Who called');
    await expect(view.locator('.facts')).toContainText('Family');
    await expect(view.locator('cb-third-party-marker').first()).toContainText(
      'Reported by a third party (family).',
    );
    await expectNoAxeViolations(page);
    await view.locator('.facts').scrollIntoViewIfNeeded();
    await screenshot(page, 'call-family-caller-record');

    const record = await readCall(request, token, callId);
    expect(record.status).toBe('final');
    expect(record.callerRelation).toBe('family');
  });
});
