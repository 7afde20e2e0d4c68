import { expect, test } from '@playwright/test';
import { NATIONAL_LINE_IDS } from '@casebook/shared/domain';
import type {
  Page as ResourcePage,
  ReferralResource,
} from '@casebook/shared/contracts';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { jumpTo, tabTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** A fictional number (555-01xx) the admin gives the Lifeline for this test; put back after. */
const EDITED = { typed: '201 555 0188', shown: '(201) 555-0188' };

test.describe('national lines (issue 9, item 7)', () => {
  test.afterAll(async ({ request }) => {
    // Later tests see the Lifeline as a fresh database has it.
    const token = await apiToken(
      request,
      DEMO.admin.username,
      DEMO.admin.password,
    );
    const headers = { Authorization: `Bearer ${token}` };
    const page = (await (
      await request.get('/api/resources?national=true', { headers })
    ).json()) as ResourcePage<ReferralResource>;
    const lifeline = page.items.find(
      (item) => item.id === NATIONAL_LINE_IDS.suicideCrisisLifeline,
    );
    expect(lifeline).toBeDefined();
    const restored = await request.patch(
      `/api/resources/${NATIONAL_LINE_IDS.suicideCrisisLifeline}`,
      {
        headers,
        data: { version: lifeline?.version, phone: '988' },
      },
    );
    expect(restored.status()).toBe(200);
  });

  test('the directory lists the national lines; an admin edits the Lifeline by keyboard and the high-risk alert gives its number', async ({
    browser,
  }) => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, DEMO.admin.username, DEMO.admin.password);
    await admin.goto('/directory');
    const row = (name: string) =>
      admin.getByRole('row').filter({ hasText: name });
    await expect(row('988 Suicide & Crisis Lifeline')).toContainText(
      'National',
    );
    await expect(row('988 Suicide & Crisis Lifeline')).toContainText('988');
    await expect(row("SAMHSA's National Helpline")).toContainText(
      '(800) 662-4357',
    );
    await expect(row("SAMHSA's National Helpline")).toContainText(
      'English, Spanish',
    );
    await expect(row('Poison Control')).toContainText('(800) 222-1222');
    await expect(row('Poison Control')).toContainText('National');
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'directory-national-lines');

    // Row menu → Edit → the dialog opens on Name; Tab twice to Phone, replace it, Enter saves.
    await tabTo(
      admin,
      admin.getByRole('button', {
        name: 'Actions for 988 Suicide & Crisis Lifeline',
      }),
    );
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
    await admin.keyboard.press('Enter');
    const dialog = admin.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expect(
      dialog.getByRole('checkbox', { name: 'National line' }),
    ).toBeChecked();
    await admin.keyboard.press('Tab');
    await admin.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Phone' })).toBeFocused();
    await admin.keyboard.press('Control+A');
    await admin.keyboard.type(EDITED.typed);
    await admin.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(row('988 Suicide & Crisis Lifeline')).toContainText(
      EDITED.shown,
    );

    const counselor = await (await browser.newContext()).newPage();
    await signIn(counselor, DEMO.counselor.username, DEMO.counselor.password);
    await counselor.goto('/calls/new');
    await counselor.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await counselor.keyboard.press('Escape');
    await jumpTo(counselor, 'Alt+R', 'cb-risk-screen');
    for (const answer of ['y', 'y', 'y', 'y'])
      await counselor.keyboard.press(answer);
    const alert = counselor.locator('cb-imminent-risk-panel [role="alert"]');
    await expect(alert).toContainText(
      `Call the 988 Suicide & Crisis Lifeline at ${EDITED.shown} or 911 as appropriate`,
    );
    await expect(alert.locator('strong')).toHaveText(
      `988 Suicide & Crisis Lifeline at ${EDITED.shown}`,
    );
    await expectNoAxeViolations(counselor);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(counselor, 'call-high-risk-national-line');
  });
});
