import type { Routes } from '@angular/router';
import { provideCallsState } from '@casebook/dashboard/calls/data-access';
import { CallPage } from './call-page';
import { MyDraftsPage } from './my-drafts-page';

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
        component: MyDraftsPage,
        title: 'My drafts · Casebook',
      },
      { path: ':id', component: CallPage, title: 'Call · Casebook' },
    ],
  },
];
