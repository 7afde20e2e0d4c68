import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { routerReducer } from '@ngrx/router-store';
import { Store, provideState, provideStore } from '@ngrx/store';
import {
  AuthApiActions,
  authFeature,
  clearStateOnSignOut,
} from '@casebook/dashboard/auth/data-access';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import { CALLS_TIMING, type CallsTiming } from '../calls-timing';
import {
  CALL_DRAFT_KEY_PREFIX,
  ADDENDUM_DRAFT_KEY_PREFIX,
} from '../draft-storage';
import { provideCallsState } from '../provide-calls-state';
import { selectCallById } from '../calls.selectors';
import type { CallDraft } from '../draft-model';
import { T0, counselorLogin } from './call-fixtures';

/** Short delays so specs run the real timers quickly. */
export const FAST: CallsTiming = {
  autosaveDelayMs: 30,
  lookupDebounceMs: 20,
  retryBaseMs: 40,
  retryMaxMs: 80,
  requestTimeoutMs: 5000,
};

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Removes every device copy the specs made. */
export function clearDeviceCopies(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (
      key?.startsWith(CALL_DRAFT_KEY_PREFIX) ||
      key?.startsWith(ADDENDUM_DRAFT_KEY_PREFIX)
    ) {
      localStorage.removeItem(key);
    }
  }
}

/**
 * The calls state as the app runs it: real store (with the sign-out meta-reducer), real
 * effects, HTTP through HttpTestingController, the real localStorage. Signed in as Casey.
 * Calling it again after `TestBed.resetTestingModule()` is a page reload.
 */
export function setUpCallsStore(timing: CallsTiming = FAST) {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideStore(
        { router: routerReducer },
        { metaReducers: [clearStateOnSignOut] },
      ),
      provideState(authFeature),
      provideCallsState(),
      { provide: CALLS_TIMING, useValue: timing },
      {
        provide: Notifier,
        useValue: { success: () => undefined, error: () => undefined },
      },
    ],
  });
  const store = TestBed.inject(Store);
  const http = TestBed.inject(HttpTestingController);
  store.dispatch(
    AuthApiActions.loginSucceeded({ response: counselorLogin, receivedAt: T0 }),
  );
  return { store, http, notifier: TestBed.inject(Notifier) };
}

/** The call `id` as the store holds it now, or null. */
export function draftIn(store: Store, id: string): CallDraft | null {
  let value: CallDraft | null = null;
  store
    .select(selectCallById(id))
    .subscribe((draft) => (value = draft))
    .unsubscribe();
  return value;
}
