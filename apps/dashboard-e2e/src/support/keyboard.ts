import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves through a listbox with the arrow keys until `option` is the active one, then presses
 * Enter. After each key it waits for the highlight to move, so a check never reads the list
 * before the key has landed (which overshot the option now and then).
 */
export async function chooseWithArrows(
  page: Page,
  option: Locator,
  maxSteps = 10,
): Promise<void> {
  const active = option
    .locator('xpath=ancestor::*[@role="listbox"][1]')
    .locator('[role="option"][class*="active"]');
  const activeOption = async (): Promise<string | null> =>
    (await active.count())
      ? ((await active.first().getAttribute('id')) ??
        (await active.first().textContent()))
      : null;
  for (let step = 0; step < maxSteps; step++) {
    if ((await option.getAttribute('class'))?.includes('active')) break;
    const before = await activeOption();
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeOption).not.toBe(before);
  }
  await expect(option).toHaveClass(/active/);
  await page.keyboard.press('Enter');
}

/** Presses a section shortcut (Alt+R, Alt+S …) and waits until the focus is inside that section. */
export async function jumpTo(
  page: Page,
  shortcut: string,
  section: string,
): Promise<void> {
  await page.keyboard.press(shortcut);
  await expect
    .poll(() =>
      page.evaluate(
        (selector) => Boolean(document.activeElement?.closest(selector)),
        section,
      ),
    )
    .toBe(true);
}

/** Presses Tab until `target` has the focus, as a keyboard user walks a page; fails after `maxSteps`. */
export async function tabTo(
  page: Page,
  target: Locator,
  maxSteps = 60,
): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    if (await target.evaluate((element) => element === document.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
