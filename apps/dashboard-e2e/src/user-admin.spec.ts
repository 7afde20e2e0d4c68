import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken, findAccount } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('user administration', () => {
  test('the admin creates a counselor, who then signs in', async ({
    page,
    browser,
  }) => {
    const username = `e2e.counselor.${Date.now()}`;
    await signIn(page, DEMO.admin.username, DEMO.admin.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'User accounts' }),
    ).toBeVisible();
    await expect(
      page.getByRole('cell', { name: DEMO.counselor.username, exact: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-users');

    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Username')).toBeFocused();
    await page.keyboard.type(username);
    await dialog.getByLabel('Display name').fill('Jamie Rivera');
    await dialog.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Counselor' }).click();
    await dialog.getByLabel('First password').fill('short');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await expect(dialog.getByText('Use at least 12 characters.')).toBeVisible();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('mat-error')].every(
        (e) => getComputedStyle(e).opacity === '1',
      ),
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-new-account-invalid');
    await dialog.getByLabel('First password').fill('jamies first passphrase');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('cell', { name: username, exact: true }),
    ).toBeVisible();

    const newcomer = await browser.newPage();
    await signIn(newcomer, username, 'jamies first passphrase');
    await expect(newcomer.getByRole('banner')).toContainText('Jamie Rivera');
    await newcomer.close();
  });

  test('a deactivated user is signed out on their next request', async ({
    page,
    request,
  }) => {
    const username = `e2e.leaver.${Date.now()}`;
    const admin = await apiToken(
      request,
      DEMO.admin.username,
      DEMO.admin.password,
    );
    const created = await request.post('/api/users', {
      headers: { Authorization: `Bearer ${admin}` },
      data: {
        username,
        displayName: 'Leaving Soon',
        role: 'counselor',
        password: 'leavers passphrase',
      },
    });
    expect(created.status()).toBe(201);

    await signIn(page, username, 'leavers passphrase');
    await expect(page.getByRole('banner')).toContainText('Leaving Soon');

    const account = await findAccount(request, admin, username);
    const deactivated = await request.patch(`/api/users/${account.id}`, {
      headers: { Authorization: `Bearer ${admin}` },
      data: { active: false },
    });
    expect(deactivated.status()).toBe(200);

    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toContainText('session ended');
    await screenshot(page, 'login-after-deactivation');
  });
});
