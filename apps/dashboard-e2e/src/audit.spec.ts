import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { chooseWithArrows } from './support/keyboard';
import { createCase } from './support/cases';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Opens a Material select from the keyboard, arrows down to the option and picks it with Enter. */
async function chooseByKeyboard(
  page: Page,
  name: string,
  option: string | RegExp,
  shown: string | RegExp,
): Promise<void> {
  const select = page.getByRole('combobox', { name });
  await select.focus();
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox', { name });
  await expect(listbox).toBeVisible();
  await chooseWithArrows(
    page,
    listbox.getByRole('option', { name: option }),
    40,
  );
  await expect(listbox).toBeHidden();
  await expect(select).toContainText(shown);
  await expect(select).toBeFocused();
}

test.describe('audit trail', () => {
  test('a supervisor finds their own read of a case by action, user and case number, all by keyboard, and follows it back to the case', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.supervisor.username,
      DEMO.supervisor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Audit Person ${Date.now() % 100000}`,
    });

    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    await page.goto(`/cases/${kase.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );

    const nav = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit trail' });
    await nav.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Audit trail' }),
    ).toBeVisible();
    await expect(page.getByText(/\d+ events?, newest first/)).toBeVisible();

    await chooseByKeyboard(page, 'Action', 'Read a case', 'Read a case');
    await chooseByKeyboard(
      page,
      'User',
      `${DEMO.supervisor.displayName} (Supervisor)`,
      DEMO.supervisor.displayName,
    );
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Case' })).toBeFocused();
    await page.keyboard.type(kase.caseNumber);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/[?&]caseId=[0-9a-f-]{36}/);
    await expect(page).toHaveURL(/[?&]action=case\.read/);
    await expect(page).toHaveURL(/[?&]userId=[0-9a-f-]{36}/);
    await expect(page.getByText('1 event, newest first')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Read a case' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(DEMO.supervisor.displayName);
    const link = row.getByRole('link', { name: `Case ${kase.caseNumber}` });
    await expect(link).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Case' })).toHaveValue(
      kase.caseNumber,
    );

    await expectNoAxeViolations(page);
    await screenshot(page, 'audit-trail');

    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/cases/${kase.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );
  });

  test('an admin follows a link to a case’s reads: the case is named but not linked, the filter takes its id, and axe passes', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.supervisor.username,
      DEMO.supervisor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Audit Admin View ${Date.now() % 100000}`,
    });
    expect(
      (
        await request.get(`/api/cases/${kase.id}`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status(),
    ).toBe(200);

    await signIn(page, DEMO.admin.username, DEMO.admin.password);
    await page.goto(`/audit?action=case.read&caseId=${kase.id}`);
    await expect(
      page.getByRole('heading', { name: 'Audit trail' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Action' })).toContainText(
      'Read a case',
    );
    const row = page.getByRole('row').filter({ hasText: 'Read a case' });
    await expect(row).toHaveCount(1);
    // Admins hold no case records: the case is named (by the number the trail gives with
    // the row, no read of the case), not linked, and the filter takes ids.
    await expect(row).toContainText(`Case ${kase.caseNumber}`);
    await expect(row.getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Case' })).toHaveValue(
      kase.id,
    );
    await expect(page.getByText('Case id', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
