import type { Routes } from '@angular/router';
import {
  nationalLinesFromStore,
  provideNationalLinesState,
} from '@casebook/dashboard/calls/data-access';
import { callRoutes } from '@casebook/dashboard/calls/feature-call';
import { NATIONAL_LINES } from '@casebook/dashboard/calls/ui';

/**
 * The call screen, with the national lines its emergency panels read from the directory
 * (ADR 26). Wired here because the panels (a ui library) may not import the store that
 * holds them; loaded lazily with the call screen.
 */
export const callsWithNationalLines: Routes = [
  {
    path: '',
    providers: [
      provideNationalLinesState(),
      { provide: NATIONAL_LINES, useFactory: nationalLinesFromStore },
    ],
    children: callRoutes,
  },
];
