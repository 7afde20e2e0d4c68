import { TestBed } from '@angular/core/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { IDLE_WARNING_SECONDS } from '@casebook/shared/domain';
import type { Subscription } from 'rxjs';
import { SessionTimerActions } from './auth.actions';
import { authFeature } from './auth.feature';
import { idleTimer$ } from './idle-timer.effects';
import { T0, at } from './testing/fixtures';

describe('idleTimer$', () => {
  let store: MockStore;
  let emitted: Action[];
  let subscription: Subscription;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(T0));
    TestBed.configureTestingModule({ providers: [provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(authFeature.selectExpiresAt, at(15));
    emitted = [];
    subscription = TestBed.runInInjectionContext(idleTimer$).subscribe(
      (action) => emitted.push(action),
    );
  });

  afterEach(() => {
    // Overridden selectors are module-level objects: leave none behind for other specs.
    store.resetSelectors();
    subscription.unsubscribe();
    jasmine.clock().uninstall();
  });

  it(`asks the server ${IDLE_WARNING_SECONDS} seconds before the expiry and signs out at it`, () => {
    jasmine.clock().tick(15 * 60_000 - IDLE_WARNING_SECONDS * 1000 - 1);
    expect(emitted).toEqual([]);
    jasmine.clock().tick(1);
    expect(emitted).toEqual([SessionTimerActions.checkDue()]);
    jasmine.clock().tick(IDLE_WARNING_SECONDS * 1000);
    expect(emitted).toEqual([
      SessionTimerActions.checkDue(),
      SessionTimerActions.expired(),
    ]);
  });

  it('starts over from each new expiry', () => {
    jasmine.clock().tick(10 * 60_000);
    store.overrideSelector(authFeature.selectExpiresAt, at(25));
    store.refreshState();
    jasmine.clock().tick(10 * 60_000);
    expect(emitted).toEqual([]);
    jasmine.clock().tick(5 * 60_000);
    expect(emitted).toEqual([
      SessionTimerActions.checkDue(),
      SessionTimerActions.expired(),
    ]);
  });

  it('stops when the session ends', () => {
    store.overrideSelector(authFeature.selectExpiresAt, null);
    store.refreshState();
    jasmine.clock().tick(60 * 60_000);
    expect(emitted).toEqual([]);
  });
});
