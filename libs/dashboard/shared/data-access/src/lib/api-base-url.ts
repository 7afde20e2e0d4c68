import { InjectionToken } from '@angular/core';

/**
 * Where the API lives. Same origin under `/api` in every environment (the dev server
 * proxies it), so a token rather than an environment file: tests and a future
 * split deployment can override it in one place.
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});
