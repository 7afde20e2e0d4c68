import type { Routes } from '@angular/router';
import { provideUsersState } from '@casebook/dashboard/admin/data-access';
import { UsersPage } from './users-page';

/** Mounted at `/users` by the app, behind `roleGuard(['admin'])`; the state lives on this route. */
export const usersRoutes: Routes = [
  {
    path: '',
    providers: [provideUsersState()],
    component: UsersPage,
    title: 'User accounts · Casebook',
  },
];
