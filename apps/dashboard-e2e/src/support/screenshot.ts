import type { Page } from '@playwright/test';
import { join } from 'node:path';

/** Saves a full-page screenshot under test-output/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(__dirname, '../../../../test-output/screenshots', `${name}.png`),
    fullPage: true,
  });
}
