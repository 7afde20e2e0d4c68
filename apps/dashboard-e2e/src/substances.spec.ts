import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, createCase, readCall } from './support/cases';
import { chooseWithArrows, jumpTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Issue 9: guidance by what the caller uses, recorded on the call, by keyboard alone. */
test.describe('substances on the call screen', () => {
  async function chooseMainSubstance(page: Page, label: string): Promise<void> {
    await jumpTo(page, 'Alt+M', 'cb-substances-entry');
    await page.keyboard.press('Enter');
    await chooseWithArrows(page, page.getByRole('option', { name: label, exact: true }), 14);
  }

  test('a caller in alcohol withdrawal with a seizure sign gets the emergency steps and no opioid timeline', async ({ page, request }) => {
    const token = await apiToken(request, DEMO.counselor.username, DEMO.counselor.password);
    const kase = await createCase(request, token, { alias: `Alcohol Withdrawal ${Date.now() % 100000}` });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(kase.caseNumber);

    await chooseMainSubstance(page, 'Alcohol');
    const substances = page.locator('cb-substances-entry');
    const seizure = substances.getByRole('checkbox', { name: 'A seizure (fit)' });
    await expect(seizure).toBeVisible();
    await expect(substances.getByRole('alert')).toHaveCount(0);
    // From the select: past "Also uses" and "Pregnant" to the first danger sign.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(seizure).toBeFocused();
    await page.keyboard.press('Space');
    const emergency = substances.getByRole('alert');
    await expect(emergency).toContainText('Danger sign: call 911');
    await expect(emergency).toContainText('Stay on the line until help arrives');

    await page.keyboard.press('Alt+U');
    await page.keyboard.type('30');
    const estimate = page.locator('cb-last-use-entry .estimate');
    await expect(estimate).toContainText('Alcohol withdrawal can kill');
    await expect(estimate).not.toContainText('Peak withdrawal');
    await expect(estimate).not.toContainText('Withdrawal building');
    await expect(page.locator('cb-harm-reduction')).not.toContainText('offer naloxone');
    await expectNoAxeViolations(page);
    await substances.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-alcohol-danger-sign');

    // The call record keeps what was named and ticked.
    const callId = callIdOf(page);
    await expect
      .poll(async () => {
        const call = await readCall(request, token, callId);
        return [call.substance, call.withdrawalDangerSigns];
      })
      .toEqual(['alcohol', ['seizure']]);
  });

  test('fentanyl with xylazine raises the overdose-risk flag, and naloxone asks for a reason when not discussed', async ({ page, request }) => {
    const token = await apiToken(request, DEMO.counselor.username, DEMO.counselor.password);
    const kase = await createCase(request, token, { alias: `Fentanyl Xylazine ${Date.now() % 100000}`, primarySubstance: 'fentanyl' });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    const substances = page.locator('cb-substances-entry');
    // The case lends the call its substance.
    await expect(substances.locator('mat-select').first()).toContainText('Fentanyl');
    await jumpTo(page, 'Alt+M', 'cb-substances-entry');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await chooseWithArrows(page, page.getByRole('option', { name: 'Xylazine ("tranq") in the supply' }), 14);
    await page.keyboard.press('Escape');
    const flag = substances.getByRole('status');
    await expect(flag).toContainText('Higher overdose risk: opioids used with xylazine ("tranq") in the supply');
    await expect(flag).toContainText('FDA');
    await expect(page.locator('cb-harm-reduction')).toContainText('An opioid is named: offer naloxone');
    await expect(page.getByLabel('Why naloxone was not discussed')).toBeVisible();
    await expectNoAxeViolations(page);
    await substances.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-co-use-flag');
  });
});
