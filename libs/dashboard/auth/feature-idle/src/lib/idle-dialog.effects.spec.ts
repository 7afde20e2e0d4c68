import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import type { Subscription } from 'rxjs';
import { openIdleDialog$ } from './idle-dialog.effects';

@Component({ template: '' })
class Host {}

describe('openIdleDialog$', () => {
  let store: MockStore;
  let subscription: Subscription;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideZonelessChangeDetection(), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(authFeature.selectIdleWarning, false);
    store.overrideSelector(
      authFeature.selectExpiresAt,
      new Date(Date.now() + 60_000).toISOString(),
    );
    subscription = TestBed.runInInjectionContext(openIdleDialog$).subscribe();
  });

  afterEach(() => {
    subscription.unsubscribe();
    store.resetSelectors();
  });

  /** The dialog code loads on demand, so give it a moment to arrive. */
  async function waitFor(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 10) {
      if (waited > 3000) {
        throw new Error('timed out');
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  function setWarning(warning: boolean): void {
    store.overrideSelector(authFeature.selectIdleWarning, warning);
    store.refreshState();
  }

  it('opens the dialog with focus on "Stay signed in" while the warning is up, and closes it after', async () => {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialogs = TestBed.inject(MatDialog);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);

    setWarning(true);
    await waitFor(() => dialogs.openDialogs.length === 1);
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getRole()).toBe('alertdialog');
    expect(await dialog.getTitleText()).toBe('Are you still there?');
    await waitFor(
      () => document.activeElement?.textContent?.trim() === 'Stay signed in',
    );
    expect(document.activeElement?.textContent?.trim()).toBe('Stay signed in');

    setWarning(false);
    await waitFor(() => dialogs.openDialogs.length === 0);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });
});
