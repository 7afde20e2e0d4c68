import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Callback, ReferralResource } from '@casebook/shared/contracts';
import { DEMO } from './support/accounts';
import { apiToken } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { callIdOf, createCase, readCall } from './support/cases';
import { CountedKeys } from './support/counted-keys';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';

/** Issue 12 item 8: the scripted keyboard-only call takes at most this many keys. */
const MAX_KEYS = 40;

/** A fictional number no other spec uses (555-01xx, its own area code): one match only. */
const PHONE = `(628) 555-01${String(Date.now() % 100).padStart(2, '0')}`;

async function addDetoxEntry(
  request: APIRequestContext,
): Promise<ReferralResource> {
  const token = await apiToken(
    request,
    DEMO.admin.username,
    DEMO.admin.password,
  );
  const response = await request.post('/api/resources', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name: `Aaron Street Detox ${Date.now() % 100000}`,
      type: 'detox',
      phone: '(628) 555-0142',
      hours: '24/7',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as ReferralResource;
}

async function openCallbacks(
  request: APIRequestContext,
  token: string,
): Promise<Callback[]> {
  const response = await request.get('/api/callbacks?queue=mine&pageSize=200', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).items as Callback[];
}

const counselorToken = (request: APIRequestContext): Promise<string> =>
  apiToken(request, DEMO.counselor.username, DEMO.counselor.password);

test.describe('the whole call by keyboard', () => {
  test(`the scripted call takes at most ${MAX_KEYS} keys besides the phone digits and the note, typed without waiting for the screen`, async ({
    page,
    request,
  }) => {
    // A whole call with two axe passes over the full call screen: more than a minute on a busy machine.
    test.slow();
    const token = await counselorToken(request);
    const alias = `Keys Caller ${Date.now() % 100000}`;
    const kase = await createCase(request, token, {
      alias,
      phone: PHONE,
      alert: 'Prefers Spanish',
      primarySubstance: 'fentanyl',
    });
    const detox = await addDetoxEntry(request);
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    const keys = new CountedKeys(page);

    // From the home page: a new call, the lookup focused.
    await keys.press('Alt+Shift+N');
    const lookup = page.getByRole('combobox', { name: /Find the caller/ });
    await expect(lookup).toBeFocused();
    await keys.typeUncounted(PHONE);
    const match = page.getByRole('option', { name: new RegExp(alias) });
    await expect(match).toBeVisible();
    await keys.press('ArrowDown', 'Enter');
    await expect(page.locator('.case-alert')).toContainText('Prefers Spanish');

    // The lookup hands the focus to the last use; then SOWS by digits and the C-SSRS by letters.
    await expect(
      page.getByRole('textbox', { name: 'Hours since last use' }),
    ).toBeFocused();
    await keys.typeCounted('20');
    await keys.press('Alt+S', ...'1111111111111111'.split(''));
    await keys.press('Alt+R', 'n', 'n', 'n');
    await expect(
      page.locator('.call-header cb-score-summary').first(),
    ).toContainText('16');

    // A symptom, the note, the outcome by its letter, and a detox referral from the directory.
    await keys.press('Alt+Y', 'Space');
    await keys.press('Alt+N');
    await keys.typeUncounted(
      'Shaky but safe; mother with him. Wants detox today.',
    );
    await keys.press('Alt+O', 's', 'Tab', 'Space', 'Tab');
    const entry = page.getByRole('option', { name: new RegExp(detox.name) });
    await expect(entry).toBeVisible();
    await keys.press('Enter');
    await expect(page.getByText('Phone (628) 555-0142')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toContainText(
      'Support given',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'keyboard-call-before-finalize');

    // A call-back (the alert asks for Enter after 1), then finalize: all at once, no waits.
    await keys.press('Alt+B', '1', 'Enter', 'Control+Enter', 'Control+Enter');
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'keyboard-call-final');

    expect(keys.count, `keys: ${keys.list}`).toBeLessThanOrEqual(MAX_KEYS);

    const record = await readCall(request, token, callIdOf(page));
    expect(record.status).toBe('final');
    expect(record.caseId).toBe(kase.id);
    expect(record.lastUseAt).not.toBeNull();
    expect(record.assessments[0]).toEqual(
      expect.objectContaining({
        instrument: 'sows',
        total: 16,
        severity: 'moderate',
      }),
    );
    expect(record.risk).toEqual(
      expect.objectContaining({ complete: true, level: 'none' }),
    );
    expect(record.symptoms.symptomIds).toHaveLength(1);
    expect(record.notes).toContain('mother with him');
    expect(record.outcome).toBe('support-given');
    expect(record.referrals).toEqual([
      expect.objectContaining({ type: 'detox', resourceId: detox.id }),
    ]);
    const callbacks = (await openCallbacks(request, token)).filter(
      (callback) => callback.caseId === kase.id,
    );
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0].sourceCallId).toBe(record.id);
  });

  test('issue 12 item 2 in a real browser: Alt+B, 1, Ctrl+Enter, Tab, Enter at once schedule the call-back and finalize, the caller stays linked', async ({
    page,
    request,
  }) => {
    const token = await counselorToken(request);
    const kase = await createCase(request, token, {
      alias: `Race Caller ${Date.now() % 100000}`,
    });
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto(`/calls/new?caseId=${kase.id}`);
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kase.caseNumber,
    );
    await new CountedKeys(page).press(
      'Alt+B',
      '1',
      'Control+Enter',
      'Tab',
      'Enter',
    );
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeVisible();
    const record = await readCall(request, token, callIdOf(page));
    expect(record.status).toBe('final');
    expect(record.caseId).toBe(kase.id);
    // The call-back's request left before the finalize's; its answer may come after.
    await expect
      .poll(
        async () =>
          (await openCallbacks(request, token)).filter(
            (callback) => callback.caseId === kase.id,
          ).length,
      )
      .toBe(1);
  });

  test('Alt+Shift+N on the call screen starts another call; the first keeps its words in My drafts', async ({
    page,
    request,
  }) => {
    const token = await counselorToken(request);
    await signIn(page, DEMO.counselor.username, DEMO.counselor.password);
    await page.goto('/cases');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+Shift+N');
    await expect(
      page.getByRole('combobox', { name: /Find the caller/ }),
    ).toBeFocused();
    const first = callIdOf(page);
    await page.keyboard.press('Alt+N');
    const words = `First caller ${Date.now()}: at the bus station.`;
    await page.keyboard.type(words);
    // At once, before the autosave's pause is over.
    await page.keyboard.press('Alt+Shift+N');
    await expect(
      page.getByRole('combobox', { name: /Find the caller/ }),
    ).toBeFocused();
    expect(callIdOf(page)).not.toBe(first);
    await expect
      .poll(async () => (await readCall(request, token, first)).notes, {
        timeout: 10_000,
      })
      .toBe(words);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My drafts' })
      .click();
    await expect(page.locator(`a[href="/calls/${first}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'keyboard-new-call-drafts');
  });
});
