import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { ReferralResource } from '@casebook/shared/contracts';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  type Observable,
} from 'rxjs';
import { CallCallbacksApi } from './call-callbacks-api';
import { CallsApiActions } from './calls.actions';
import { RecordLinksApiActions } from './record-links.feature';

/**
 * A finalized call on screen reads the call-backs scheduled from it and the directory
 * entries its referrals name (issue 12 item 7). An entry that cannot be read is left out
 * rather than hiding the rest; the record itself still names the referral type.
 */
export const loadRecordLinks$ = createEffect(
  (actions$ = inject(Actions), api = inject(CallCallbacksApi)) =>
    actions$.pipe(
      ofType(CallsApiActions.callLoaded, CallsApiActions.callFinalized),
      filter(({ record }) => record.status === 'final'),
      switchMap(({ record }) => {
        const ids = [
          ...new Set(
            record.referrals
              .map((referral) => referral.resourceId)
              .filter((id): id is string => !!id),
          ),
        ];
        const resources$: Observable<(ReferralResource | null)[]> = ids.length
          ? forkJoin(
              ids.map((id) =>
                api.getResource(id).pipe(catchError(() => of(null))),
              ),
            )
          : of([]);
        return forkJoin([api.listFromCall(record.id), resources$]).pipe(
          map(([callbacks, resources]) =>
            RecordLinksApiActions.loaded({
              callId: record.id,
              callbacks: callbacks.items,
              resources: resources.filter(
                (resource): resource is ReferralResource => resource !== null,
              ),
            }),
          ),
          catchError((error: unknown) =>
            of(
              RecordLinksApiActions.loadFailed({
                callId: record.id,
                error: toApiError(error),
              }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);
