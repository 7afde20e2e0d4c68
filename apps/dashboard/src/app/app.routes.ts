import type { Route } from '@angular/router';
import {
  authGuard,
  roleGuard,
  signedOutGuard,
} from '@casebook/dashboard/auth/data-access';

/**
 * Every page is lazy. The role a route needs is enforced here (and by the API); the
 * navigation in `shell/nav-entries.ts` only hides what a role cannot open.
 */
export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadChildren: () =>
      import('@casebook/dashboard/auth/feature-login').then(
        (m) => m.loginRoutes,
      ),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Home · Casebook',
        loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
      },
      {
        path: 'calls',
        canActivate: [roleGuard(['counselor', 'supervisor'])],
        loadChildren: () =>
          import('./calls/calls-with-national-lines').then(
            (m) => m.callsWithNationalLines,
          ),
      },
      {
        path: 'cases',
        canActivate: [roleGuard(['counselor', 'supervisor'])],
        loadChildren: () =>
          import('@casebook/dashboard/cases/feature-cases').then(
            (m) => m.casesRoutes,
          ),
      },
      {
        path: 'board',
        canActivate: [roleGuard(['supervisor'])],
        loadChildren: () =>
          import('@casebook/dashboard/board/feature-board').then(
            (m) => m.boardRoutes,
          ),
      },
      {
        path: 'callbacks',
        canActivate: [roleGuard(['counselor', 'supervisor'])],
        loadChildren: () =>
          import('@casebook/dashboard/callbacks/feature-callbacks').then(
            (m) => m.callbacksRoutes,
          ),
      },
      {
        path: 'reports',
        canActivate: [roleGuard(['supervisor', 'admin'])],
        loadChildren: () =>
          import('@casebook/dashboard/reports/feature-reports').then(
            (m) => m.reportsRoutes,
          ),
      },
      {
        path: 'audit',
        canActivate: [roleGuard(['supervisor', 'admin'])],
        loadChildren: () =>
          import('@casebook/dashboard/audit/feature-audit').then(
            (m) => m.auditRoutes,
          ),
      },
      {
        path: 'users',
        canActivate: [roleGuard(['admin'])],
        loadChildren: () =>
          import('@casebook/dashboard/admin/feature-users').then(
            (m) => m.usersRoutes,
          ),
      },
      {
        path: 'directory',
        canActivate: [roleGuard(['admin'])],
        loadChildren: () =>
          import('@casebook/dashboard/admin/feature-resources').then(
            (m) => m.resourcesRoutes,
          ),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
