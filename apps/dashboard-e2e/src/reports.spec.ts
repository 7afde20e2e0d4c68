import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PART2_NOTICE, REPORT_CSV_COLUMNS } from '@casebook/shared/contracts';
import { DEMO } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** "Support given — 12 calls" → 12. */
function countIn(label: string | null): number {
  return Number(
    /— ([\d,]+) /.exec(label ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN,
  );
}

test.describe('reports', () => {
  test('a supervisor opens reports, changes the range, drills down from a chart, exports, and finds the export in the audit trail', async ({
    page,
  }) => {
    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    const nav = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' });
    await nav.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Reports', level: 1 }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Calls per day' }),
    ).toBeVisible();
    const thirtyDays = new URL(page.url()).searchParams;
    expect(thirtyDays.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A shorter range, by keyboard: the URL and the heading follow.
    await page.getByRole('radio', { name: 'Last 7 days' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('from'))
      .not.toBe(thirtyDays.get('from'));
    await page.getByRole('radio', { name: 'Last 30 days' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('from'))
      .toBe(thirtyDays.get('from'));
    await expect(
      page.getByRole('heading', { name: 'Calls by hour of the week' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // The shell scrolls inside its frame, so a tall window shows the whole report at once.
    await page.setViewportSize({ width: 1280, height: 3000 });
    await screenshot(page, 'reports-busy-month');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await screenshot(page, 'reports-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The first outcome bar opens exactly as many calls as it counts.
    const bar = page
      .getByRole('list', { name: 'Outcomes' })
      .getByRole('button')
      .first();
    const counted = countIn(await bar.getAttribute('aria-label'));
    expect(counted).toBeGreaterThan(0);
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\/calls\?.*outcome=/);
    await expect(
      page.getByText(new RegExp(`^${counted.toLocaleString('en-US')} calls?$`)),
    ).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'reports-drill-down');
    await page.getByRole('link', { name: 'Back to the report' }).click();
    await expect(
      page.getByRole('heading', { name: 'Calls per day' }),
    ).toBeVisible();

    // The export: Part 2 notice first, then the documented header.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe(PART2_NOTICE);
    expect(lines[1]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(lines.filter(Boolean).length).toBeGreaterThan(2);

    // The audit trail names the export with its range.
    await page.goto('/audit?action=report.export');
    await expect(
      page.getByRole('heading', { name: 'Audit trail' }),
    ).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Exported calls (CSV)' })
      .first();
    await expect(row).toContainText(DEMO.supervisor.displayName);
    await expect(row).toContainText(
      `${thirtyDays.get('from')} to ${thirtyDays.get('to')}`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'reports-export-audited');
  });

  test('the safety figures show overdose-now calls, naloxone and complete screens with their denominators', async ({
    page,
  }) => {
    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    await page.goto('/reports');
    const safety = page.getByRole('region', { name: 'Safety' });
    await expect(
      safety.getByRole('heading', { name: 'Safety', level: 2 }),
    ).toBeVisible();
    const figure = (label: string) =>
      safety.locator('.kpi', { hasText: label });
    await expect(safety.getByRole('term')).toHaveText([
      'Overdose-now calls',
      'Naloxone discussed on opioid calls',
      'Risk screens completed',
    ]);
    await expect(figure('Overdose-now calls')).toContainText(
      'overdose response opened',
    );
    // Other specs may finalize opioid calls in the same database: either wording is right.
    await expect(
      figure('Naloxone discussed on opioid calls').locator('.note'),
    ).toHaveText(/^(no opioid calls|[\d,]+ of [\d,]+ opioid calls?)$/);
    // The demo history screens about 70% of its calls, always in full.
    await expect(figure('Risk screens completed').locator('.value')).toHaveText(
      /^\d+%$/,
    );
    await expect(figure('Risk screens completed').locator('.note')).toHaveText(
      /^[\d,]+ of [\d,]+ calls$/,
    );
    await expect(
      page
        .getByRole('list', { name: 'Risk levels' })
        .getByRole('button', { name: /^Not screened — / }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await safety.scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-safety-figures');
  });

  test('an empty range says so and draws no charts', async ({ page }) => {
    await signIn(page, DEMO.supervisor.username, DEMO.supervisor.password);
    await page.goto('/reports?from=2020-01-01&to=2020-01-31&tz=UTC');
    await expect(
      page.getByRole('heading', { name: 'No finalized calls in this range' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Calls per day' }),
    ).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Safety' })).toContainText(
      'no opioid calls',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'reports-empty-range');
  });

  test('an admin reads the figures by keyboard but opens no calls behind them and exports none', async ({
    page,
  }) => {
    await signIn(page, DEMO.admin.username, DEMO.admin.password);
    const nav = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' });
    await nav.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Calls per day' }),
    ).toBeVisible();
    await expect(page.getByText('Admins see these totals only')).toBeVisible();
    await expect(page.getByRole('button', { name: /Export CSV/ })).toHaveCount(
      0,
    );
    const outcomes = page
      .getByRole('list', { name: 'Outcomes' })
      .getByRole('button')
      .first();
    await expect(outcomes).toHaveAttribute('aria-disabled', 'true');
    await outcomes.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\?/);
    await expectNoAxeViolations(page);
    await page
      .getByRole('heading', { name: 'Reports', level: 1 })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-admin-aggregates');
  });

  test('a counselor has no reports in the navigation and is turned away from the page', async ({
    page,
  }) => {
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Reports' }),
    ).toHaveCount(0);
    await page.goto('/reports');
    await expect(
      page.getByRole('heading', { name: 'Reports', level: 1 }),
    ).toHaveCount(0);
  });
});
