import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, map, of, switchMap } from 'rxjs';
import { NationalLinesApi } from './national-lines-api';
import { NationalLinesActions } from './national-lines.actions';

/** Reads the national lines; a newer request replaces one still in flight. */
export const loadNationalLines$ = createEffect(
  (actions$ = inject(Actions), api = inject(NationalLinesApi)) =>
    actions$.pipe(
      ofType(NationalLinesActions.wanted),
      switchMap(() =>
        api.list().pipe(
          map((page) => NationalLinesActions.loaded({ items: page.items })),
          catchError((error: unknown) =>
            of(NationalLinesActions.loadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
