import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { IDLE_WARNING_SECONDS } from '@casebook/shared/domain';
import {
  IdleDialogActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import { IdleDialog } from './idle-dialog';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const expiresAt = new Date(T0 + IDLE_WARNING_SECONDS * 1000).toISOString();

describe('IdleDialog', () => {
  let fixture: ComponentFixture<IdleDialog>;
  let store: MockStore;

  function setUp(): void {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideZonelessChangeDetection(), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(authFeature.selectExpiresAt, expiresAt);
    fixture = TestBed.createComponent(IdleDialog);
  }

  // Overridden selectors are module-level objects: leave none behind for other specs.
  afterEach(() => store.resetSelectors());

  function text(): string {
    return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(
      /\s+/g,
      ' ',
    );
  }

  describe('countdown', () => {
    beforeEach(() => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date(T0));
      setUp();
      fixture.detectChanges();
    });

    afterEach(() => jasmine.clock().uninstall());

    it(`counts down from ${IDLE_WARNING_SECONDS} seconds to the expiry`, () => {
      expect(text()).toContain(
        `You will be signed out in ${IDLE_WARNING_SECONDS} seconds`,
      );
      jasmine.clock().tick(1000);
      fixture.detectChanges();
      expect(text()).toContain(
        `You will be signed out in ${IDLE_WARNING_SECONDS - 1} seconds`,
      );
      jasmine.clock().tick((IDLE_WARNING_SECONDS - 2) * 1000);
      fixture.detectChanges();
      expect(text()).toContain('You will be signed out in 1 second');
      jasmine.clock().tick(5000);
      fixture.detectChanges();
      expect(text()).toContain('You will be signed out in 0 seconds');
    });

    it('starts over when the session is extended', () => {
      jasmine.clock().tick(50_000);
      store.overrideSelector(
        authFeature.selectExpiresAt,
        new Date(T0 + 15 * 60_000).toISOString(),
      );
      store.refreshState();
      jasmine.clock().tick(250);
      fixture.detectChanges();
      expect(text()).toContain(
        `You will be signed out in ${15 * 60 - 50} seconds`,
      );
    });

    it('speaks to screen readers only near the end, not every second', () => {
      const live = () =>
        (fixture.nativeElement as HTMLElement)
          .querySelector('[aria-live="polite"]')
          ?.textContent?.trim();
      expect(live()).toBe('');
      jasmine.clock().tick((IDLE_WARNING_SECONDS - 30) * 1000);
      fixture.detectChanges();
      expect(live()).toBe('About 30 seconds left before you are signed out.');
    });
  });

  describe('buttons', () => {
    beforeEach(() => setUp());

    it('"Stay signed in" asks to extend the session', async () => {
      const dispatch = spyOn(store, 'dispatch');
      const loader = TestbedHarnessEnvironment.loader(fixture);
      await (
        await loader.getHarness(
          MatButtonHarness.with({ text: 'Stay signed in' }),
        )
      ).click();
      expect(dispatch).toHaveBeenCalledOnceWith(
        IdleDialogActions.staySignedInClicked(),
      );
    });

    it('"Sign out" signs out', async () => {
      const dispatch = spyOn(store, 'dispatch');
      const loader = TestbedHarnessEnvironment.loader(fixture);
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))
      ).click();
      expect(dispatch).toHaveBeenCalledOnceWith(
        IdleDialogActions.signOutClicked(),
      );
    });
  });
});
