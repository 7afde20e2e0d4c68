import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { createCase, fictionalPhone, readCall } from './support/cases';
import { chooseWithArrows, jumpTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

const saveStatus = (page: Page) =>
  page.locator('cb-save-status [role="status"]');
const callId = (page: Page) => page.url().split('/').pop() ?? '';

/** Opens a new call and waits for the lookup to take the focus. */
async function newCall(page: Page): Promise<void> {
  await page.goto('/calls/new');
  await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('combobox', { name: /Find the caller/ }),
  ).toBeFocused();
}

test.describe('the call screen', () => {
  test('a counselor logs a whole call with the keyboard alone, and the case chart gets the point', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const alias = `Robin K${Date.now() % 100000}`;
    const phone = fictionalPhone();
    const kase = await createCase(request, token, {
      alias,
      phone,
      alert: 'Prefers Spanish',
      primarySubstance: 'fentanyl',
    });

    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await newCall(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-empty');

    // Lookup by phone: every case on that number is offered; pick ours with the arrows.
    await page.keyboard.type(phone);
    const option = page.getByRole('option', { name: new RegExp(alias) });
    await expect(option).toBeVisible();
    await chooseWithArrows(page, option);
    await expect(page.locator('.case-alert')).toContainText('Prefers Spanish');

    // Last use 100 hours ago, then SOWS by digits: 1 on every item is 16, moderate.
    await page.keyboard.press('Alt+U');
    await page.keyboard.type('100');
    await jumpTo(page, 'Alt+S', 'cb-instrument-entry');
    for (let i = 0; i < 16; i++) await page.keyboard.press('1');
    await expect(
      page.locator('.call-header cb-score-summary').first(),
    ).toContainText('16');

    // C-SSRS: no, no (Q3–Q5 skipped), no to Q6: screened, no risk.
    await jumpTo(page, 'Alt+R', 'cb-risk-screen');
    for (const answer of ['n', 'n', 'n']) await page.keyboard.press(answer);

    await page.keyboard.press('Alt+N');
    await page.keyboard.type(
      'Caller shaky but safe; mother with him. Discussed naloxone.',
    );
    // Outcome: Alt+O puts the focus on the closed select; Enter opens it, arrows and Enter choose.
    await page.keyboard.press('Alt+O');
    const outcome = page.getByRole('combobox', { name: 'Outcome' });
    await expect(outcome).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(outcome).toContainText('Support given');
    // The tolerance prompt (100 h since last use): naloxone discussed, ticked with the keyboard.
    await page.keyboard.press('Alt+H');
    await page.keyboard.press('Space');
    await expect(
      page.getByRole('checkbox', { name: 'Naloxone (Narcan) discussed' }),
    ).toBeChecked();
    await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 10_000 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-mid');

    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toContainText('No outcome is chosen');
    await page.keyboard.press('Tab');
    await expect(
      dialog.getByRole('button', { name: 'Finalize call' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeVisible();

    const record = await readCall(request, token, callId(page));
    expect(record.status).toBe('final');
    expect(record.caseId).toBe(kase.id);
    expect(record.assessments[0]).toEqual(
      expect.objectContaining({
        instrument: 'sows',
        total: 16,
        severity: 'moderate',
      }),
    );
    expect(record.risk).toEqual(
      expect.objectContaining({ complete: true, level: 'none' }),
    );
    expect(record.notes).toContain('mother with him');
    expect(record.outcome).toBe('support-given');
    expect(record.naloxoneDiscussed).toBe(true);

    await page.goto(`/cases/${kase.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );
    await expect(page.locator('[data-total="16"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'case-page');
  });

  test('a high-risk answer brings up the imminent-risk steps at once', async ({
    page,
  }) => {
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await newCall(page);
    await page.keyboard.press('Escape');
    await jumpTo(page, 'Alt+R', 'cb-risk-screen');
    for (const answer of ['y', 'y', 'y', 'y'])
      await page.keyboard.press(answer);
    const steps = page.locator('cb-imminent-risk-panel');
    await expect(steps).toBeVisible();
    await expect(steps).toContainText('988');
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-high-risk');
  });

  test('a fentanyl caller 20 hours after last use is offered naloxone; an "other" substance gets danger signs, no opioid timeline', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const fentanyl = await createCase(request, token, {
      alias: `Fentanyl ${Date.now() % 100000}`,
      primarySubstance: 'fentanyl',
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${fentanyl.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await page.keyboard.press('Alt+U');
    await page.keyboard.type('20');
    const harmReduction = page.locator('cb-harm-reduction');
    await expect(harmReduction).toContainText(
      'An opioid is named: offer naloxone',
    );
    await expect(harmReduction).not.toContainText('Tolerance');
    await page.keyboard.press('Alt+H');
    await page.keyboard.press('Space');
    await expect(
      page.getByRole('checkbox', { name: 'Naloxone (Narcan) discussed' }),
    ).toBeChecked();
    await expectNoAxeViolations(page);
    await harmReduction.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-naloxone-prompt');

    const other = await createCase(request, token, {
      alias: `Other Substance ${Date.now() % 100000}`,
      primarySubstance: 'other',
    });
    await page.goto(`/calls/new?caseId=${other.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      other.caseNumber,
    );
    await page.keyboard.press('Alt+U');
    await page.keyboard.type('30');
    const estimate = page.locator('cb-last-use-entry .estimate');
    await expect(estimate).toContainText(
      'alcohol or benzodiazepine withdrawal can kill',
    );
    await expect(estimate).toContainText('call 911');
    await expect(estimate).not.toContainText('Peak withdrawal');
    await expect(estimate).not.toContainText('Withdrawal building');
    await expect(page.locator('cb-harm-reduction')).not.toContainText(
      'offer naloxone',
    );
    await expectNoAxeViolations(page);
    await estimate.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-other-substance-danger');
  });

  test('a moderate risk screen shows its own steps and plans the 24-hour follow-up call-back by keyboard', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Moderate Risk ${Date.now() % 100000}`,
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await jumpTo(page, 'Alt+R', 'cb-risk-screen');
    // Q1, Q2 and Q3 yes, Q4, Q5 and Q6 no: moderate.
    for (const answer of ['y', 'y', 'y', 'n', 'n', 'n'])
      await page.keyboard.press(answer);
    const steps = page.locator('cb-risk-level-steps');
    await expect(
      steps.getByRole('heading', { name: 'Next steps for moderate risk' }),
    ).toBeVisible();
    await expect(steps).toContainText('safety plan');
    await expect(steps).toContainText('within 24 hours');
    await expect(page.locator('cb-imminent-risk-panel')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await steps.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-moderate-risk');

    const plan = steps.getByRole('button', {
      name: /Plan the follow-up call-back/,
    });
    await plan.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: /In 2 hours/ }),
    ).toBeFocused();
    await page.keyboard.press('1');
    await expect(
      page.getByRole('status').filter({ hasText: 'Call-back scheduled' }),
    ).toBeVisible();
  });

  test('"?" lists every shortcut; on a short screen the list scrolls by keyboard, and axe passes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await newCall(page);
    await page.keyboard.press('Escape');
    await jumpTo(page, 'Alt+R', 'cb-risk-screen');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const list = dialog.getByRole('region', { name: 'Shortcut list' });
    await list.focus();
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => list.evaluate((element) => element.scrollTop))
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-shortcuts-overlay');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a reload mid-call loses no word', async ({ page }) => {
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await newCall(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+N');
    const words = `Reload test ${Date.now()}: caller at the bus station.`;
    await page.keyboard.type(words);
    // Reload before the autosave had its chance.
    await page.reload();
    await expect(page.getByLabel('Call notes')).toHaveValue(words);
    await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 10_000 });
  });

  test('typing on with the network down loses nothing: it is saved when the network returns', async ({
    page,
    context,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await newCall(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+N');
    await page.keyboard.type('Before the outage. ');
    await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 10_000 });

    await context.setOffline(true);
    await page.keyboard.type('During the outage, caller says he has naloxone.');
    await expect(saveStatus(page)).toHaveText(/Offline/, { timeout: 10_000 });
    await screenshot(page, 'call-offline');
    await context.setOffline(false);
    await expect(saveStatus(page)).toHaveText(/Saved/, { timeout: 15_000 });

    const record = await readCall(request, token, callId(page));
    expect(record.notes).toBe(
      'Before the outage. During the outage, caller says he has naloxone.',
    );
  });

  test('the case list is accessible and finds a case by phone', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const phone = fictionalPhone();
    const kase = await createCase(request, token, {
      alias: `List Person ${Date.now() % 100000}`,
      phone,
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'case-list');
    await page
      .getByRole('searchbox')
      .or(page.getByLabel(/Search/))
      .first()
      .fill(phone);
    await expect(
      page.getByRole('cell', { name: kase.caseNumber }),
    ).toBeVisible();
  });

  test('a case with a year of calls shows its symptom history chart and heatmap', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    // C-1001 is the demo history's most frequent caller.
    const found = await request.get('/api/cases?q=C-1001', {
      headers: { Authorization: `Bearer ${token}` },
    });
    const [demoCase] = (await found.json()).items as { id: string }[];
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/cases/${demoCase.id}`);
    const chart = page.getByRole('group', { name: 'SOWS totals over time' });
    await expect(chart).toBeVisible();
    expect(await chart.locator('[data-total]').count()).toBeGreaterThan(3);
    await chart.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await screenshot(page, 'case-page-chart');
  });
});
