import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { createCase } from './support/cases';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('call-backs', () => {
  test('a counselor schedules a call-back for the team; another counselor takes it from the team queue and calls', async ({
    browser,
    request,
  }) => {
    const admin = await apiToken(request, DEMO.admin.username, DEMO.admin.password);
    const colleague = { username: `e2e.colleague.${Date.now()}`, password: 'colleague passphrase' };
    const created = await request.post('/api/users', {
      headers: { Authorization: `Bearer ${admin}` },
      data: { ...colleague, displayName: 'Cam Colleague', role: 'counselor' },
    });
    expect(created.status()).toBe(201);
    const counselorToken = await apiToken(request, DEMO.counselor.username, DEMO.counselor.password);
    const alias = `Callback Person ${Date.now() % 100000}`;
    const kase = await createCase(request, counselorToken, { alias, alert: 'Ask for Sam' });

    const first = await (await browser.newContext()).newPage();
    await signIn(first, DEMO.counselor.username, DEMO.counselor.password);
    await first.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Call-backs' }).click();
    await expect(first.getByRole('heading', { name: 'Call-backs' })).toBeVisible();
    await first.getByRole('button', { name: 'Schedule call-back' }).click();
    const dialog = first.getByRole('dialog');
    await dialog.getByRole('searchbox', { name: 'Case' }).or(dialog.getByRole('combobox', { name: 'Case' })).first().fill(kase.caseNumber);
    await first.getByRole('option', { name: new RegExp(kase.caseNumber) }).click();
    await dialog.getByLabel('Reason').fill('Check in after detox intake');
    await dialog.getByRole('radio', { name: /The team/ }).check();
    await expectNoAxeViolations(first);
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expect(dialog).toBeHidden();

    const second = await (await browser.newContext()).newPage();
    await signIn(second, colleague.username, colleague.password);
    await second.goto('/callbacks');
    await second.getByRole('radio', { name: 'Team' }).or(second.getByRole('button', { name: 'Team' })).first().click();
    const row = second.getByRole('row').filter({ hasText: kase.caseNumber });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Ask for Sam');
    await expectNoAxeViolations(second);
    await screenshot(second, 'callbacks-team-queue');
    await row.getByRole('button', { name: `Take it: ${kase.caseNumber}` }).click();
    await second.getByRole('radio', { name: 'Mine' }).or(second.getByRole('button', { name: 'Mine' })).first().click();
    const mine = second.getByRole('row').filter({ hasText: kase.caseNumber });
    await expect(mine).toBeVisible();
    await mine.getByRole('button', { name: new RegExp(`Call now: ${kase.caseNumber}`) }).click();
    await second.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    // The outbound call starts linked to the call-back's case, its alert in view.
    await expect(second.locator('.case-alert')).toContainText('Ask for Sam');
    await expect(second.getByRole('radio', { name: 'Outbound' })).toBeChecked();
    await expect(second.getByLabel('Call notes')).toBeFocused();
  });
});
