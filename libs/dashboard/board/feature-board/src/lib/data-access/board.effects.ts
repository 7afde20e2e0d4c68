import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  AuthApiActions,
  HttpSessionActions,
  SessionTimerActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { EMPTY, switchMap, takeUntil } from 'rxjs';
import { BoardPageActions } from './board.actions';
import { boardConnection } from './board-connection';
import { BoardStream } from './board-stream';

/**
 * The board stream runs while `/board` is open and a token is held; leaving the page or
 * signing out (any way) closes it.
 */
export const boardStream$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    stream = inject(BoardStream),
    clock = inject(CLOCK),
  ) => {
    const stop$ = actions$.pipe(
      ofType(
        BoardPageActions.closed,
        AuthApiActions.logoutSucceeded,
        AuthApiActions.logoutFailed,
        HttpSessionActions.unauthorizedReceived,
        SessionTimerActions.expired,
      ),
    );
    return actions$.pipe(
      ofType(BoardPageActions.opened),
      concatLatestFrom(() => store.select(authFeature.selectToken)),
      switchMap(([, token]) =>
        token
          ? boardConnection(() => stream.connect(token), clock).pipe(
              takeUntil(stop$),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);
