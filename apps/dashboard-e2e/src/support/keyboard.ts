import { expect, type Locator, type Page } from '@playwright/test';

/** Moves through a listbox with the arrow keys until `option` is the active one, then presses Enter. */
export async function chooseWithArrows(page: Page, option: Locator, maxSteps = 10): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    if ((await option.getAttribute('class'))?.includes('active')) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(option).toHaveClass(/active/);
  await page.keyboard.press('Enter');
}

/** Presses a section shortcut (Alt+R, Alt+S …) and waits until the focus is inside that section. */
export async function jumpTo(page: Page, shortcut: string, section: string): Promise<void> {
  await page.keyboard.press(shortcut);
  await expect
    .poll(() => page.evaluate((selector) => Boolean(document.activeElement?.closest(selector)), section))
    .toBe(true);
}
