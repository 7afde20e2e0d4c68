import type { Routes } from '@angular/router';
import { provideCasesState } from '@casebook/dashboard/cases/data-access';
import { CaseListPage } from './case-list-page';
import { CasePage } from './case-page';

/**
 * Mounted at `/cases` by the app, for counselors and supervisors; the cases state lives
 * on this route, so it loads with the first visit and not with the login page.
 */
export const casesRoutes: Routes = [
  {
    path: '',
    providers: [provideCasesState()],
    children: [
      { path: '', component: CaseListPage, title: 'Cases · Casebook' },
      { path: ':id', component: CasePage, title: 'Case · Casebook' },
    ],
  },
];
