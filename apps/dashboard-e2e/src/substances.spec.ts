import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, createCase, readCall } from './support/cases';
import { chooseWithArrows, jumpTo, tabTo } from './support/keyboard';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Issue 9: guidance by what the caller uses, recorded on the call, by keyboard alone. */
test.describe('substances on the call screen', () => {
  async function chooseMainSubstance(page: Page, label: string): Promise<void> {
    await jumpTo(page, 'Alt+M', 'cb-substances-entry');
    await page.keyboard.press('Enter');
    await chooseWithArrows(
      page,
      page.getByRole('option', { name: label, exact: true }),
      14,
    );
  }

  test('a caller in alcohol withdrawal with a seizure sign gets the emergency steps and no opioid timeline', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Alcohol Withdrawal ${Date.now() % 100000}`,
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );

    await chooseMainSubstance(page, 'Alcohol');
    const substances = page.locator('cb-substances-entry');
    const seizure = substances.getByRole('checkbox', {
      name: 'A seizure (fit)',
    });
    await expect(seizure).toBeVisible();
    await expect(substances.getByRole('alert')).toHaveCount(0);
    // From the select: past "Also uses" and "Pregnant" to the first danger sign.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(seizure).toBeFocused();
    await page.keyboard.press('Space');
    const emergency = substances.getByRole('alert');
    await expect(emergency).toContainText('Danger sign: call 911');
    await expect(emergency).toContainText(
      'Stay on the line until help arrives',
    );

    await page.keyboard.press('Alt+U');
    await page.keyboard.type('30');
    const estimate = page.locator('cb-last-use-entry .estimate');
    await expect(estimate).toContainText('Alcohol withdrawal can kill');
    await expect(estimate).not.toContainText('Peak withdrawal');
    await expect(estimate).not.toContainText('Withdrawal building');
    await expect(page.locator('cb-harm-reduction')).not.toContainText(
      'offer naloxone',
    );
    await expectNoAxeViolations(page);
    await substances.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-alcohol-danger-sign');

    // The call record keeps what was named and ticked.
    const callId = callIdOf(page);
    await expect
      .poll(async () => {
        const call = await readCall(request, token, callId);
        return [call.substance, call.withdrawalDangerSigns];
      })
      .toEqual(['alcohol', ['seizure']]);
  });

  test('fentanyl with xylazine raises the overdose-risk flag, and naloxone asks for a reason when not discussed', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Fentanyl Xylazine ${Date.now() % 100000}`,
      primarySubstance: 'fentanyl',
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}/);
    const substances = page.locator('cb-substances-entry');
    // The case lends the call its substance.
    await expect(substances.locator('mat-select').first()).toContainText(
      'Fentanyl',
    );
    await jumpTo(page, 'Alt+M', 'cb-substances-entry');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await chooseWithArrows(
      page,
      page.getByRole('option', { name: 'Xylazine ("tranq") in the supply' }),
      14,
    );
    await page.keyboard.press('Escape');
    const flag = substances.getByRole('status');
    await expect(flag).toContainText(
      'Higher overdose risk: opioids used with xylazine ("tranq") in the supply',
    );
    await expect(flag).toContainText('FDA');
    await expect(page.locator('cb-harm-reduction')).toContainText(
      'An opioid is named: offer naloxone',
    );
    await expect(
      page.getByLabel('Why naloxone was not discussed'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await substances.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-co-use-flag');
  });

  test('a pregnant fentanyl caller asking about buprenorphine: readiness from the COWS, a priority referral that carries the scores', async ({
    page,
    request,
  }) => {
    const token = await apiToken(
      request,
      DEMO.counselor.username,
      DEMO.counselor.password,
    );
    const kase = await createCase(request, token, {
      alias: `Buprenorphine Ready ${Date.now() % 100000}`,
      primarySubstance: 'fentanyl',
    });
    // A COWS of 13 (ten items at 1, gooseflesh at 3), scored by the clinician with the caller.
    const cows = {
      restingPulse: 1,
      sweating: 1,
      restlessness: 1,
      pupilSize: 1,
      boneJointAches: 1,
      runnyNoseTearing: 1,
      giUpset: 1,
      tremor: 1,
      yawning: 1,
      anxietyIrritability: 1,
      gooseflesh: 3,
    };
    const created = await request.post('/api/calls', {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        direction: 'inbound',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        caseId: kase.id,
        substance: 'fentanyl',
        pregnant: true,
        lastUseAt: new Date(Date.now() - 20 * 3_600_000).toISOString(),
        assessments: [{ instrument: 'cows', answers: cows }],
      },
    });
    expect(created.status()).toBe(201);
    const callId = (await created.json()).id as string;
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/${callId}`);
    await expect(page.locator('[data-flag="pregnancy"]')).toContainText(
      'ACOG Committee Opinion 711',
    );

    await jumpTo(page, 'Alt+C', 'cb-withdrawal-section');
    const asks = page.getByRole('checkbox', {
      name: 'Caller asks about starting buprenorphine',
    });
    await tabTo(page, asks);
    await page.keyboard.press('Space');
    const readiness = page.locator('cb-buprenorphine-readiness');
    await expect(readiness).toContainText('COWS 13');
    await expect(readiness).toContainText('fentanyl');
    const refer = readiness.getByRole('button', {
      name: 'Refer for buprenorphine with scores',
    });
    await tabTo(page, refer);
    await page.keyboard.press('Enter');
    const referrals = page.locator('cb-outcome-referrals');
    await expect(
      referrals.getByRole('checkbox', { name: 'Buprenorphine treatment' }),
    ).toBeChecked();
    await expect(referrals).toContainText('Priority: pregnant');
    await expectNoAxeViolations(page);
    await readiness.scrollIntoViewIfNeeded();
    await screenshot(page, 'call-buprenorphine-readiness');

    await expect
      .poll(async () => (await readCall(request, token, callId)).referrals)
      .toEqual([
        expect.objectContaining({
          type: 'buprenorphine',
          priority: true,
          note: expect.stringContaining('COWS 13'),
        }),
      ]);
  });
});
