import type { Routes } from '@angular/router';
import { LoginPage } from './login-page';

/** Mounted at `/login` by the app, behind `signedOutGuard`. */
export const loginRoutes: Routes = [
  { path: '', component: LoginPage, title: 'Sign in · Casebook' },
];
