import { expect, type Page } from '@playwright/test';

/** Signs in through the login page with the keyboard, as a counselor would. */
export async function signIn(
  page: Page,
  username: string,
  password: string,
): Promise<void> {
  await page.goto('/login');
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
}
