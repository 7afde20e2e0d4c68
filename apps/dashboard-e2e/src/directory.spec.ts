import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('the referral directory', () => {
  test('an admin adds an entry; a counselor finds it from the call screen and reads its hours', async ({
    browser,
  }) => {
    const name = `Harbor Detox ${Date.now() % 100000}`;
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, DEMO.admin.username, DEMO.admin.password);
    await admin
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Referral directory' })
      .click();
    await admin.getByRole('button', { name: 'New entry' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await admin.getByRole('option', { name: 'Detox', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('(312) 555-0142');
    await dialog
      .getByRole('textbox', { name: 'Hours' })
      .fill('24/7, walk-in until 14:00');
    await dialog
      .getByRole('textbox', { name: 'Languages' })
      .fill('English, Spanish');
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.getByRole('row').filter({ hasText: name })).toHaveCount(
      1,
    );
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'admin-directory');

    const counselor = await (await browser.newContext()).newPage();
    await signIn(counselor, DEMO.counselor.username, DEMO.counselor.password);
    await counselor.goto('/calls/new');
    await counselor.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await counselor.keyboard.press('Escape');
    await counselor
      .getByRole('checkbox', { name: 'Detox / withdrawal management' })
      .check();
    const entry = counselor.getByRole('combobox', { name: /Directory entry/ });
    await entry.fill(name.split(' ')[0]);
    await counselor.getByRole('option', { name: new RegExp(name) }).click();
    await expect(
      counselor.getByText('24/7, walk-in until 14:00'),
    ).toBeVisible();
  });
});
