import type { Routes } from '@angular/router';
import { provideResourcesState } from './provide-resources-state';
import { ResourcesPage } from './resources-page';

/** Mounted at `/directory` by the app, behind `roleGuard(['admin'])`; the state lives on this route. */
export const resourcesRoutes: Routes = [
  {
    path: '',
    providers: [provideResourcesState()],
    component: ResourcesPage,
    title: 'Referral directory · Casebook',
  },
];
