import { InjectionToken, type Signal } from '@angular/core';
import type { LineEntry } from '@casebook/shared/domain';

/**
 * Where the emergency panels read the national lines (988 and the rest) from: the
 * directory, through the calls store, wired by the app (a ui library cannot import the
 * store). Left unprovided, the panels show the steps' stored text.
 */
export interface NationalLinesSource {
  readonly entries: Signal<readonly LineEntry[]>;
  /** Read the directory again: an admin may have edited a line since. */
  refresh(): void;
}

export const NATIONAL_LINES = new InjectionToken<NationalLinesSource>(
  'NATIONAL_LINES',
);
