import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('sign-in and the shell', () => {
  test('the login page is accessible and refuses a wrong password with the shared message', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Casebook' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'login');
    await page.getByLabel('Username').fill(DEMO.counselor.username);
    await page.getByLabel('Password').fill('not the password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText(
      'Invalid username or password',
    );
    await screenshot(page, 'login-error');
  });

  test('the demo counselor signs in with the keyboard and sees the shell without admin entries', async ({
    page,
  }) => {
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await expect(page.getByRole('banner')).toContainText(
      DEMO.counselor.displayName,
    );
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Casey',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'shell-counselor');
    // The admin screen is refused to a counselor even by address.
    await page.goto('/users');
    await expect(
      page.getByRole('heading', { name: 'User accounts' }),
    ).toHaveCount(0);
  });

  test('the supervisor and the admin each see their shell', async ({
    page,
  }) => {
    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    await expect(page.getByRole('banner')).toContainText(
      DEMO.supervisor.displayName,
    );
    await screenshot(page, 'shell-supervisor');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toContainText('signed out');
    await signIn(page, DEMO.admin.username, DEMO.admin.password);
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Users' }),
    ).toBeVisible();
    await screenshot(page, 'shell-admin');
  });

  test('a reload keeps the session', async ({ page }) => {
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.reload();
    await expect(page.getByRole('banner')).toContainText(
      DEMO.counselor.displayName,
    );
  });
});
