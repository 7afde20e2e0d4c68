import type { Routes } from '@angular/router';
import { provideCallsState } from '@casebook/dashboard/calls/data-access';
import { CallPage } from './call-page';

/**
 * Mounted at `/calls` by the app, behind `roleGuard(['counselor', 'supervisor'])`; the calls
 * state and its effects live on this route.
 */
export const callRoutes: Routes = [
  {
    path: '',
    providers: [provideCallsState()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'drafts' },
      { path: 'new', component: CallPage, title: 'New call · Casebook' },
      {
        path: 'drafts',
        // Its own chunk: a cold load of the call screen does not fetch the drafts list (ADR 36).
        loadComponent: () =>
          import('./my-drafts-page').then((m) => m.MyDraftsPage),
        title: 'My drafts · Casebook',
      },
      { path: ':id', component: CallPage, title: 'Call · Casebook' },
    ],
  },
];
