import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Role } from '@casebook/shared/contracts';
import { filter, map, take, type Observable } from 'rxjs';
import { authFeature, type AuthState } from './auth.feature';

/** The auth state once a kept token has been checked, so a reload does not bounce to /login. */
function settledAuth(): Observable<AuthState> {
  return inject(Store)
    .select(authFeature.selectAuthState)
    .pipe(
      filter((state) => state.status !== 'restoring'),
      take(1),
    );
}

/** Lets signed-in users through; everyone else goes to /login and comes back after. */
export const authGuard: CanActivateFn = (_route, routerState) => {
  const router = inject(Router);
  return settledAuth().pipe(
    map(({ user }) =>
      user
        ? true
        : router.createUrlTree(['/login'], {
            queryParams: { returnUrl: routerState.url },
          }),
    ),
  );
};

/**
 * Lets through only the given roles. A signed-in user of another role goes home, where
 * the navigation shows what they may use; a signed-out one goes to /login first.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return (_route, routerState) => {
    const router = inject(Router);
    return settledAuth().pipe(
      map(({ user }) => {
        if (!user) {
          return router.createUrlTree(['/login'], {
            queryParams: { returnUrl: routerState.url },
          });
        }
        return roles.includes(user.role) ? true : router.createUrlTree(['/']);
      }),
    );
  };
}

/** The login page is for signed-out users; a signed-in one goes home. */
export const signedOutGuard: CanActivateFn = () => {
  const router = inject(Router);
  return settledAuth().pipe(
    map(({ user }) => (user ? router.createUrlTree(['/']) : true)),
  );
};
