import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** "Family — 3 calls" → 3. */
function countIn(label: string | null): number {
  return Number(
    /— ([\d,]+) /.exec(label ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN,
  );
}

/**
 * Issue 12 (ADR 35): the report counts calls by caller relation, and the demo data gives it,
 * the call-back queue and the directory something to show (a family caller, call-backs in
 * every state, fictional local services in several languages).
 */
test.describe('reports by caller relation, and the demo data', () => {
  test('a supervisor reads calls by caller relation and opens the family calls by keyboard', async ({
    page,
  }) => {
    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    await page.goto('/reports');
    const relations = page.getByRole('list', {
      name: 'Calls by caller relation',
    });
    await expect(relations.getByRole('button')).toHaveCount(5);
    await expect(relations.getByRole('button').nth(0)).toHaveAccessibleName(
      /^Self — [\d,]+ calls?$/,
    );
    const family = relations.getByRole('button', { name: /^Family — / });
    // The demo showcase holds a call logged from a family member, three hours before the start.
    const counted = countIn(await family.getAttribute('aria-label'));
    expect(counted).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await relations.scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-caller-relation');

    // From the card's own "Show table" toggle, Tab walks its bars: Self, then Family.
    await page
      .getByRole('button', { name: 'Show table of Calls by caller relation' })
      .focus();
    await tabTo(page, family, 5);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\/calls\?.*callerRelation=family/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Caller: Family',
    );
    await expect(
      page.getByText(new RegExp(`^${counted.toLocaleString('en-US')} calls?$`)),
    ).toBeVisible();
    await expect(
      page.getByRole('row').filter({ hasText: 'Dev P.' }),
    ).toHaveCount(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'reports-caller-relation-family-calls');
  });

  test('an admin sees the relation figures but opens no calls behind them', async ({
    page,
  }) => {
    await signIn(page, DEMO.admin.username, DEMO.admin.password);
    await page.goto('/reports');
    const family = page
      .getByRole('list', { name: 'Calls by caller relation' })
      .getByRole('button', { name: /^Family — / });
    await expect(family).toHaveAttribute('aria-disabled', 'true');
    await family.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\?/);
    await expectNoAxeViolations(page);
  });

  test('the demo data fills the counselor’s call-back queue and the directory’s language search', async ({
    browser,
  }) => {
    const counselor = await (await browser.newContext()).newPage();
    await signIn(counselor, DEMO.counselor.username, DEMO.counselor.password);
    await counselor.goto('/callbacks');
    const overdue = counselor
      .getByRole('row')
      .filter({ hasText: 'Marisol R.' });
    await expect(overdue).toContainText('Overdue');
    await expect(overdue).toContainText('Prefers Spanish');
    await expectNoAxeViolations(counselor);
    await screenshot(counselor, 'demo-callbacks-mine');

    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, DEMO.admin.username, DEMO.admin.password);
    await admin.goto('/directory');
    const search = admin.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    await admin.keyboard.type('spanish');
    await expect(
      admin.getByRole('row').filter({ hasText: /^Demo / }),
    ).toHaveCount(3);
    await expect(
      admin
        .getByRole('row')
        .filter({ hasText: 'Demo Clínica Esperanza (buprenorphine)' }),
    ).toContainText('Spanish');
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'demo-directory-spanish');
  });
});
