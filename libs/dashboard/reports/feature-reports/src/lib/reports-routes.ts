import type { Routes } from '@angular/router';
import { provideReportsState } from './data-access/provide-reports-state';
import { ReportCallsPage } from './report-calls-page';
import { ReportsPage } from './reports-page';

/**
 * Mounted at `/reports` by the app, for supervisors and admins. The whole library, charts
 * included, loads with this route only, so the call screen never carries it.
 */
export const reportsRoutes: Routes = [
  {
    path: '',
    providers: [provideReportsState()],
    children: [
      { path: '', component: ReportsPage, title: 'Reports · Casebook' },
      {
        path: 'calls',
        component: ReportCallsPage,
        title: 'Calls behind a report · Casebook',
      },
    ],
  },
];
