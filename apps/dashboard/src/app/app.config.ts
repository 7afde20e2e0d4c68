import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import {
  authInterceptor,
  clearStateOnSignOut,
  errorInterceptor,
  provideAuth,
} from '@casebook/dashboard/auth/data-access';
import { provideIdleWarning } from '@casebook/dashboard/auth/feature-idle';
import { provideCasebookIcons } from './icons';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    // Order matters: the auth interceptor adds the token the error interceptor checks for.
    provideHttpClient(withInterceptors([authInterceptor, errorInterceptor])),
    provideStore(
      { router: routerReducer },
      {
        metaReducers: [clearStateOnSignOut],
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictActionTypeUniqueness: true,
        },
      },
    ),
    provideEffects(),
    provideRouterStore(),
    provideAuth(),
    provideIdleWarning(),
    // Form fields set appearance="outline" themselves: a global MAT_FORM_FIELD_DEFAULT_OPTIONS
    // would pull all of Material's form field into the first download for one token.
    provideCasebookIcons(),
  ],
};
