import { expect, test } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, readCall } from './support/cases';
import { screenshot } from './support/screenshot';
import { tabTo } from './support/keyboard';
import { signIn } from './support/sign-in';

/** Issue 9: a family member reports a man not breathing; the guide by keys, the board at once. */
test.describe('overdose happening now', () => {
  test('the guide by keys, each step timed on the call and on the board within 2 s, then finalized as emergency services', async ({
    browser,
    request,
  }) => {
    const supervisorContext = await browser.newContext();
    const counselorContext = await browser.newContext();
    const board = await supervisorContext.newPage();
    const call = await counselorContext.newPage();

    await signIn(board, DEMO.supervisor.username, DEMO.supervisor.password);
    await board
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Live board' })
      .click();
    await expect(board.locator('.connection')).toContainText('Live');

    await signIn(call, DEMO.counselor.username, DEMO.counselor.password);
    await call.goto('/calls/new');
    await call.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await call.keyboard.press('Escape');

    const opened = call.waitForResponse(
      (r) =>
        r.url().includes('/api/calls') &&
        (r.request().postData() ?? '').includes('"openedAt"') &&
        r.ok(),
    );
    await call.keyboard.press('Alt+X');
    const guide = call.getByRole('region', { name: /Overdose happening now/ });
    await expect(guide).toBeVisible();
    await expect(
      guide.getByRole('button', { name: 'Done: Call 911' }),
    ).toBeFocused();
    await opened;
    const savedAt = Date.now();
    const onBoard = board.locator('.overdose-now');
    await expect(onBoard).toContainText('Overdose now', { timeout: 2000 });
    expect(Date.now() - savedAt).toBeLessThan(2000);

    // Each step by Enter; the focus moves to the next one.
    for (const step of [
      'Call 911',
      'Check responsiveness and breathing',
      'Give naloxone',
    ]) {
      await expect(
        guide.getByRole('button', { name: `Done: ${step}` }),
      ).toBeFocused();
      await call.keyboard.press('Enter');
    }
    await expect(guide).toContainText('3 of 6 steps done');
    await expect(onBoard).toContainText('3 of 6 steps done', { timeout: 2000 });
    await expect(onBoard).toContainText('last: Give naloxone');
    await expect(guide).toContainText('Xylazine');
    await expect(guide).toContainText('SAMHSA');
    await expectNoAxeViolations(call);
    await screenshot(call, 'call-overdose-guide');
    // A short screen makes the board scroll, as a busy shift does: it must still pass.
    await board.setViewportSize({ width: 1280, height: 420 });
    await expectNoAxeViolations(board);
    await board.setViewportSize({ width: 1280, height: 800 });
    await screenshot(board, 'board-overdose-now');

    for (const step of [
      'Rescue breathing or recovery position',
      'Second dose after 2–3 minutes',
      'Stay until help arrives',
    ]) {
      await call.keyboard.press('Enter');
      await expect(
        guide.getByRole('button', { name: `Done: ${step}` }),
      ).toHaveCount(0);
    }
    // All steps done: the focus is on the heading; the next stop proposes the outcome.
    await call.keyboard.press('Tab');
    await expect(
      guide.getByRole('button', {
        name: 'Set outcome: emergency services involved',
      }),
    ).toBeFocused();
    await call.keyboard.press('Enter');
    await expect(guide).toContainText('Outcome: emergency services involved.');

    // The caller's details went to 911: the disclosure is recorded (42 CFR 2.51), by keyboard.
    await tabTo(
      call,
      call.getByRole('button', { name: 'Record an emergency disclosure' }),
    );
    await call.keyboard.press('Enter');
    const form = call.getByRole('form', {
      name: 'Emergency disclosure (42 CFR 2.51)',
    });
    await tabTo(call, form.getByRole('textbox', { name: 'Recipient’s name' }));
    await call.keyboard.type('Dispatcher 7');
    await call.keyboard.press('Tab');
    await call.keyboard.type('911 County Emergency Communications');
    await tabTo(
      call,
      form.getByRole('textbox', { name: 'Nature of the emergency' }),
    );
    await call.keyboard.type(
      'Caller reports her brother unresponsive and not breathing',
    );
    await tabTo(call, form.getByRole('button', { name: 'Record disclosure' }));
    await call.keyboard.press('Enter');
    await expect(call.locator('.overdose-disclosure')).toContainText(
      'Disclosure recorded: to Dispatcher 7',
    );

    await call.keyboard.press('Control+Enter');
    const dialog = call.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toContainText('An overdose was reported');
    await call.keyboard.press('Tab');
    await expect(
      dialog.getByRole('button', { name: 'Finalize call' }),
    ).toBeFocused();
    await call.keyboard.press('Enter');
    await expect(call.getByRole('textbox', { name: 'Addendum' })).toBeVisible();

    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const record = await readCall(request, token, callIdOf(call));
    expect(record.status).toBe('final');
    expect(record.outcome).toBe('emergency-services');
    expect(record.risk?.emergencyDisclosure?.recipientAffiliation).toBe(
      '911 County Emergency Communications',
    );
    expect(record.overdose?.steps.map((s) => s.step)).toEqual([
      'call-911',
      'check-responsiveness',
      'give-naloxone',
      'support-breathing',
      'second-dose',
      'stay-until-help',
    ]);
    const openedAt = Date.parse(String(record.overdose?.openedAt));
    expect(
      record.overdose?.steps.every(
        (step) => Date.parse(step.doneAt) >= openedAt,
      ),
    ).toBe(true);
    await supervisorContext.close();
    await counselorContext.close();
  });
});
