import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';

const { selectQueryParam } = getRouterSelectors();

/**
 * The `returnUrl` query parameter of the current route, set by the guards. A repeated
 * parameter arrives as an array; the first one counts.
 */
export const selectReturnUrl = createSelector(
  selectQueryParam('returnUrl'),
  (value): string | null => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : null;
  },
);
