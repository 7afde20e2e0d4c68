import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import {
  callIdOf,
  createCase,
  fictionalPhone,
  readCall,
} from './support/cases';
import { chooseWithArrows, jumpTo, tabTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Issue 12 items 6 and 7: the open call-backs warning, and what the finalized record shows. */
test.describe('call-backs and the finalized record', () => {
  test('the panel lists the case’s open call-back before another; the record shows the directory entry and the call-back set', async ({
    page,
    request,
  }) => {
    const admin = await apiToken(
      request,
      DEMO.admin.username,
      DEMO.admin.password,
    );
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const suffix = Date.now() % 100000;
    const entryName = `Lakeside Detox ${suffix}`;
    const entry = await request.post('/api/resources', {
      headers: { Authorization: `Bearer ${admin}` },
      data: {
        name: entryName,
        type: 'detox',
        phone: '(312) 555-0142',
        hours: '24/7',
      },
    });
    expect(entry.status()).toBe(201);
    const alias = `Avery Q${suffix}`;
    const phone = fictionalPhone();
    const kase = await createCase(request, token, { alias, phone });
    const earlier = await request.post('/api/callbacks', {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        caseId: kase.id,
        reason: 'Earlier call-back: ask about the bed',
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(earlier.status()).toBe(201);

    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto('/calls/new');
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const lookup = page.getByRole('combobox', { name: /Find the caller/ });
    await expect(lookup).toBeFocused();

    // "?" typed in the lookup is a question mark, not the shortcut list.
    await page.keyboard.type('?');
    await expect(lookup).toHaveValue('?');
    await expect(
      page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    ).toHaveCount(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.type(phone);
    const option = page.getByRole('option', { name: new RegExp(alias) });
    await expect(option).toBeVisible();
    await chooseWithArrows(page, option);

    // Alt+B: the case already has an open call-back; it is listed, and 2 only chooses a time.
    await jumpTo(page, 'Alt+B', 'cb-callback-scheduler');
    const panel = page.locator('cb-callback-scheduler');
    const notice = panel.locator('cb-open-callbacks-notice');
    await expect(notice.getByRole('alert')).toContainText(
      'This case already has 1 open call-back.',
    );
    await expect(notice).toContainText('Earlier call-back: ask about the bed');
    await expect(notice).toContainText('for the team');
    await expectNoAxeViolations(page);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-open-callbacks-warning');
    await page.keyboard.press('2');
    await expect(
      panel.getByRole('button', { name: /Tomorrow morning/ }),
    ).toBeFocused();
    await expect(panel).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('.banner.success')).toContainText(
      'Call-back scheduled for',
    );

    // A detox referral naming the directory entry, by keyboard.
    await page.keyboard.press('Alt+O');
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toBeFocused();
    const detox = page.getByRole('checkbox', {
      name: 'Detox / withdrawal management',
    });
    await tabTo(page, detox);
    await page.keyboard.press('Space');
    await expect(detox).toBeChecked();
    const directory = page.getByRole('combobox', { name: /Directory entry/ });
    await tabTo(page, directory);
    await page.keyboard.type(entryName.split(' ')[0]);
    const pick = page.getByRole('option', { name: new RegExp(entryName) });
    await expect(pick).toBeVisible();
    await chooseWithArrows(page, pick);
    const saved = page.locator('cb-save-status [role="status"]');
    await expect(saved).toHaveText(/Saved/, { timeout: 10_000 });

    // The finalize dialog tells the save state in the header's own words.
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.save-state')).toHaveText('Saved');
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-finalize-dialog-save-state');
    await page.keyboard.press('Tab');
    await expect(
      dialog.getByRole('button', { name: 'Finalize call' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeVisible();

    const view = page.locator('cb-call-record-view');
    const outcome = view.locator('section[aria-labelledby="cb-final-outcome"]');
    await expect(outcome).toContainText(entryName);
    await expect(
      outcome.getByRole('link', { name: '(312) 555-0142' }),
    ).toBeVisible();
    const callbacks = view.locator(
      'section[aria-labelledby="cb-final-callbacks"]',
    );
    await expect(callbacks).toContainText('assigned to you');
    await expect(callbacks).toContainText('open');
    await expect(callbacks).toContainText(
      /\w{3} \d{1,2} \w{3} \d{4}, 09:00 \S+/,
    );
    await expectNoAxeViolations(page);
    await outcome.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-final-record-links');

    const record = await readCall(request, token, callIdOf(page));
    expect(record.referrals).toEqual([
      expect.objectContaining({
        type: 'detox',
        resourceId: (await entry.json()).id,
      }),
    ]);
    const open = await request.get(
      `/api/callbacks?caseId=${kase.id}&status=open`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(((await open.json()) as { total: number }).total).toBe(2);
  });
});
