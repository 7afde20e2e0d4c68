import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { createCase } from './support/cases';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

test.describe('call-backs', () => {
  test('a counselor schedules a call-back for the team; another counselor takes it from the team queue and calls', async ({
    browser,
    request,
  }) => {
    const admin = await apiToken(
      request,
      DEMO.admin.username,
      DEMO.admin.password,
    );
    const colleague = {
      username: `e2e.colleague.${Date.now()}`,
      password: 'colleague passphrase',
    };
    const created = await request.post('/api/users', {
      headers: { Authorization: `Bearer ${admin}` },
      data: { ...colleague, displayName: 'Cam Colleague', role: 'counselor' },
    });
    expect(created.status()).toBe(201);
    const counselorToken = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const alias = `Callback Person ${Date.now() % 100000}`;
    const kase = await createCase(request, counselorToken, {
      alias,
      alert: 'Ask for Sam',
    });

    const first = await (await browser.newContext()).newPage();
    await signIn(first, DEMO.counselor.username, DEMO.counselor.password);
    await first
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Call-backs' })
      .click();
    await expect(
      first.getByRole('heading', { name: 'Call-backs' }),
    ).toBeVisible();
    await first.getByRole('button', { name: 'Schedule call-back' }).click();
    const dialog = first.getByRole('dialog');
    await dialog
      .getByRole('searchbox', { name: 'Case' })
      .or(dialog.getByRole('combobox', { name: 'Case' }))
      .first()
      .fill(kase.caseNumber);
    await first
      .getByRole('option', { name: new RegExp(kase.caseNumber) })
      .click();
    await dialog.getByLabel('Reason').fill('Check in after detox intake');
    await dialog.getByRole('radio', { name: /The team/ }).check();
    await expectNoAxeViolations(first);
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expect(dialog).toBeHidden();

    const second = await (await browser.newContext()).newPage();
    await signIn(second, colleague.username, colleague.password);
    await second.goto('/callbacks');
    await second
      .getByRole('radio', { name: 'Team' })
      .or(second.getByRole('button', { name: 'Team' }))
      .first()
      .click();
    const row = second.getByRole('row').filter({ hasText: kase.caseNumber });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Ask for Sam');
    await expectNoAxeViolations(second);
    await screenshot(second, 'callbacks-team-queue');
    await row
      .getByRole('button', { name: `Take it: ${kase.caseNumber}` })
      .click();
    await second
      .getByRole('radio', { name: 'Mine' })
      .or(second.getByRole('button', { name: 'Mine' }))
      .first()
      .click();
    const mine = second.getByRole('row').filter({ hasText: kase.caseNumber });
    await expect(mine).toBeVisible();
    await mine
      .getByRole('button', { name: new RegExp(`Call now: ${kase.caseNumber}`) })
      .click();
    await second.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    // The outbound call starts linked to the call-back's case, its alert in view.
    await expect(second.locator('.case-alert')).toContainText('Ask for Sam');
    await expect(second.getByRole('radio', { name: 'Outbound' })).toBeChecked();
    await expect(second.getByLabel('Call notes')).toBeFocused();
  });

  test('a supervisor schedules a call-back for the demo counselor by name; the counselor finds it in "Mine" and hands it on', async ({
    browser,
    request,
  }) => {
    const counselorToken = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const alias = `Named Callback ${Date.now() % 100000}`;
    const kase = await createCase(request, counselorToken, { alias });

    const sup = await (await browser.newContext()).newPage();
    await signIn(sup, DEMO.supervisor.username, DEMO.supervisor.password);
    await sup.goto('/callbacks');
    await sup.getByRole('button', { name: 'Schedule call-back' }).click();
    const dialog = sup.getByRole('dialog');
    await dialog
      .getByRole('searchbox', { name: 'Case' })
      .or(dialog.getByRole('combobox', { name: 'Case' }))
      .first()
      .fill(kase.caseNumber);
    await sup
      .getByRole('option', { name: new RegExp(kase.caseNumber) })
      .click();
    await dialog
      .getByLabel('Reason')
      .fill('Check in after the first night home');

    // By keyboard: the arrows move "Who calls back" to "A colleague", Tab reaches the picker,
    // Enter opens it and typing a name's first letters jumps to it.
    await dialog.getByRole('radio', { name: 'Me', exact: true }).focus();
    await sup.keyboard.press('ArrowDown');
    await sup.keyboard.press('ArrowDown');
    await expect(
      dialog.getByRole('radio', { name: 'A colleague' }),
    ).toBeChecked();
    await sup.keyboard.press('Tab');
    const picker = dialog.getByRole('combobox', { name: 'Colleague' });
    await expect(picker).toBeFocused();
    await sup.keyboard.press('Enter');
    const options = sup
      .getByRole('listbox', { name: 'Colleague' })
      .getByRole('option');
    await expect(
      options.filter({ hasText: DEMO.counselor.displayName }),
    ).toBeVisible();
    await expect(
      options.filter({ hasText: DEMO.supervisor.displayName }),
    ).toHaveCount(0);
    await expect(
      options.filter({ hasText: DEMO.admin.displayName }),
    ).toHaveCount(0);
    await screenshot(sup, 'callbacks-schedule-colleague-picker');
    await sup.keyboard.type('Casey');
    await expect(
      options.filter({ hasText: DEMO.counselor.displayName }),
    ).toHaveClass(/active/);
    await sup.keyboard.press('Enter');
    await expect(picker).toContainText(DEMO.counselor.displayName);
    await expectNoAxeViolations(sup);
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expect(dialog).toBeHidden();

    await sup
      .getByRole('radio', { name: 'All', exact: true })
      .or(sup.getByRole('button', { name: 'All', exact: true }))
      .first()
      .click();
    await expect(
      sup.getByRole('row').filter({ hasText: kase.caseNumber }),
    ).toContainText(DEMO.counselor.displayName);

    const counselor = await (await browser.newContext()).newPage();
    await signIn(counselor, DEMO.counselor.username, DEMO.counselor.password);
    await counselor.goto('/callbacks');
    const mine = counselor
      .getByRole('row')
      .filter({ hasText: kase.caseNumber });
    await expect(mine).toBeVisible();
    await expect(mine).toContainText('You');

    // The assignee hands it on, by keyboard: the row's menu, "Reassign…", a name, Enter.
    await mine
      .getByRole('button', { name: `More actions for ${kase.caseNumber}` })
      .focus();
    await counselor.keyboard.press('Enter');
    await expect(
      counselor.getByRole('menuitem', { name: 'Reassign…' }),
    ).toBeFocused();
    await counselor.keyboard.press('Enter');
    const reassign = counselor.getByRole('dialog', {
      name: new RegExp(`Reassign · ${kase.caseNumber}`),
    });
    const assignTo = reassign.getByRole('combobox', { name: 'Assign to' });
    await expect(assignTo).toBeFocused();
    await counselor.keyboard.press('Enter');
    const sky = counselor
      .getByRole('listbox', { name: 'Assign to' })
      .getByRole('option', { name: new RegExp(DEMO.supervisor.displayName) });
    await counselor.keyboard.type('Sky');
    await expect(sky).toHaveClass(/active/);
    await counselor.keyboard.press('Enter');
    await expect(assignTo).toContainText(DEMO.supervisor.displayName);
    await expectNoAxeViolations(counselor);
    await screenshot(counselor, 'callbacks-reassign-dialog');
    await reassign.getByRole('button', { name: 'Reassign' }).click();
    await expect(reassign).toBeHidden();
    await expect(
      counselor.getByText(`now assigned to ${DEMO.supervisor.displayName}`),
    ).toBeVisible();
    await expect(
      counselor.getByRole('row').filter({ hasText: kase.caseNumber }),
    ).toHaveCount(0);
  });

  test("on the call screen, a case's alert is read before Alt+B then 2 schedules: 2 chooses, Enter schedules", async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Alert Callback ${Date.now() % 100000}`,
      alert: 'Call back after 6 pm only',
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}&direction=outbound`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );
    await page.keyboard.press('Alt+B');
    const panel = page.locator('cb-callback-scheduler');
    await expect(panel.getByRole('alert')).toContainText(
      'Caller alert: Call back after 6 pm only',
    );
    await page.keyboard.press('2');
    const tomorrow = page.getByRole('button', { name: /Tomorrow morning/ });
    await expect(tomorrow).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Call-back scheduled' }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'callback-panel-case-alert');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Call-back scheduled' }),
    ).toContainText('assigned to you');
  });

  test('on the call screen, Alt+B then 1 still schedules for me, and the panel hands one to a colleague by name, by keyboard', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Panel Callback ${Date.now() % 100000}`,
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}&direction=outbound`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );

    const twoHours = page.getByRole('button', { name: /In 2 hours/ });
    await page.keyboard.press('Alt+B');
    await expect(twoHours).toBeFocused();
    await page.keyboard.press('1');
    await expect(
      page.getByRole('status').filter({ hasText: 'Call-back scheduled' }),
    ).toContainText('assigned to you');

    // Alt+B again: the one just set is listed as open (ADR 34); back from "In 2 hours" to the
    // assignee, the arrows to "Colleague", Tab to the list.
    await page.keyboard.press('Alt+B');
    await expect(twoHours).toBeFocused();
    await expect(page.locator('cb-open-callbacks-notice')).toContainText(
      'This case already has 1 open call-back.',
    );
    await page.keyboard.press('Shift+Tab');
    await expect(
      page.getByRole('radio', { name: 'Me', exact: true }),
    ).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Colleague' })).toBeChecked();
    await page.keyboard.press('Tab');
    const picker = page.getByRole('combobox', { name: 'Colleague' });
    await expect(picker).toBeFocused();
    await page.keyboard.press('Enter');
    const sky = page
      .getByRole('listbox', { name: 'Colleague' })
      .getByRole('option', { name: DEMO.supervisor.displayName });
    await page.keyboard.type('Sky');
    await expect(sky).toHaveClass(/active/);
    await page.keyboard.press('Enter');
    await expect(picker).toContainText(DEMO.supervisor.displayName);
    await expectNoAxeViolations(page);
    await screenshot(page, 'call-callback-panel-colleague');
    await page.keyboard.press('Tab');
    await expect(twoHours).toBeFocused();
    // With an open call-back on the case, 1 only chooses the time; Enter schedules it.
    await page.keyboard.press('1');
    await expect(twoHours).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Call-back scheduled' }),
    ).toContainText(`assigned to ${DEMO.supervisor.displayName}`);
  });
});
