import type { Routes } from '@angular/router';
import { CallbacksPage } from './callbacks-page';
import { provideCallbacksState } from './provide-callbacks-state';

/**
 * Mounted at `/callbacks` by the app, for counselors and supervisors; the queue's state
 * lives on this route, so it loads with the first visit.
 */
export const callbacksRoutes: Routes = [
  {
    path: '',
    providers: [provideCallbacksState()],
    children: [
      { path: '', component: CallbacksPage, title: 'Call-backs · Casebook' },
    ],
  },
];
