import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatNavListHarness } from '@angular/material/list/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Role } from '@casebook/shared/contracts';
import {
  ShellActions,
  initialAuthState,
} from '@casebook/dashboard/auth/data-access';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let loader: HarnessLoader;
  let store: MockStore;

  async function render(role: Role): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({
          initialState: {
            auth: {
              ...initialAuthState,
              status: 'signed-in',
              token: 't',
              user: {
                id: 'u-1',
                username: 'ada',
                displayName: 'Ada Lovelace',
                role,
              },
            },
          },
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    fixture = TestBed.createComponent(Shell);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function navLabels(): Promise<string[]> {
    const list = await loader.getHarness(MatNavListHarness);
    return Promise.all((await list.getItems()).map((item) => item.getTitle()));
  }

  it('shows a counselor only what a counselor may use', async () => {
    await render('counselor');
    expect(await navLabels()).toEqual([
      'Home',
      'New call',
      'My drafts',
      'Cases',
      'Call-backs',
    ]);
  });

  it('shows an admin the reports, the audit trail, the Users screen and the referral directory', async () => {
    await render('admin');
    expect(await navLabels()).toEqual([
      'Home',
      'Reports',
      'Audit trail',
      'Users',
      'Referral directory',
    ]);
    const users = (
      await (
        await loader.getHarness(MatNavListHarness)
      ).getItems({ title: 'Users' })
    )[0];
    expect(await users.getHref()).toBe('/users');
    const directory = (
      await (
        await loader.getHarness(MatNavListHarness)
      ).getItems({ title: 'Referral directory' })
    )[0];
    expect(await directory.getHref()).toBe('/directory');
  });

  it('names the user and role in the toolbar, inside the banner landmark', async () => {
    await render('supervisor');
    const header = (fixture.nativeElement as HTMLElement).querySelector(
      'header',
    );
    expect(header?.textContent).toContain('Ada Lovelace');
    expect(header?.textContent).toContain('Supervisor');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('main#main-content'),
    ).not.toBeNull();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector(
        'nav[aria-label="Main"]',
      ),
    ).not.toBeNull();
  });

  it('signs out from the toolbar', async () => {
    await render('counselor');
    const dispatch = spyOn(store, 'dispatch');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))
    ).click();
    expect(dispatch).toHaveBeenCalledOnceWith(ShellActions.signOutClicked());
  });

  it('moves focus to the content from the skip link', async () => {
    await render('counselor');
    const skip = (
      fixture.nativeElement as HTMLElement
    ).querySelector<HTMLAnchorElement>('.skip-link');
    skip?.click();
    expect(document.activeElement?.id).toBe('main-content');
  });

  describe('Alt+Shift+N', () => {
    const newCallKey = () =>
      new KeyboardEvent('keydown', {
        key: 'N',
        code: 'KeyN',
        altKey: true,
        shiftKey: true,
        bubbles: true,
        cancelable: true,
      });

    it('starts a new call from any page for a counselor', async () => {
      await render('counselor');
      const navigate = spyOn(
        TestBed.inject(Router),
        'navigateByUrl',
      ).and.resolveTo(true);
      const key = newCallKey();
      document.body.dispatchEvent(key);
      expect(navigate).toHaveBeenCalledOnceWith('/calls/new');
      expect(key.defaultPrevented).toBeTrue();
    });

    it('does nothing for an admin, who logs no calls, nor for Alt+N alone', async () => {
      await render('admin');
      const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl');
      const key = newCallKey();
      document.body.dispatchEvent(key);
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'n',
          code: 'KeyN',
          altKey: true,
          bubbles: true,
        }),
      );
      expect(navigate).not.toHaveBeenCalled();
      expect(key.defaultPrevented).toBeFalse();
    });
  });
});
