import type { Action } from '@ngrx/store';
import { HttpSessionActions } from '@casebook/dashboard/auth/data-access';
import type { Clock } from '@casebook/dashboard/shared/data-access';
import {
  EMPTY,
  type Observable,
  catchError,
  concat,
  defer,
  map,
  of,
  switchMap,
  timer,
} from 'rxjs';
import { BoardStreamActions } from './board.actions';
import { reconnectDelayMs } from './backoff';
import { BoardStreamError, type BoardStreamEvent } from './board-stream';

const DROPPED_MESSAGE = 'The live connection dropped.';

/**
 * One stream and its reconnections, as actions. A stream that opened and then ended
 * starts the schedule over (1 s); each failed attempt in a row waits longer (2, 4 … 30 s).
 * A 401 means the session is over: the same action the error interceptor sends signs the
 * user out. A 403 or other refusal stops for good.
 */
export function boardConnection(
  connect: () => Observable<BoardStreamEvent>,
  clock: Clock,
  attempt = 0,
): Observable<Action> {
  let opened = false;
  let failure: unknown = null;
  const stream$ = connect().pipe(
    map((event): Action => {
      if (event.type === 'open') {
        opened = true;
        return BoardStreamActions.connected();
      }
      return BoardStreamActions.snapshotReceived({ snapshot: event.snapshot });
    }),
    // Kept, not swallowed: what happens next depends on it (below).
    catchError((error: unknown) => {
      failure = error;
      return EMPTY;
    }),
  );
  const after$ = defer((): Observable<Action> => {
    const status = failure instanceof BoardStreamError ? failure.status : 0;
    if (status === 401) {
      return of(
        HttpSessionActions.unauthorizedReceived({ receivedAt: clock.now() }),
      );
    }
    if (status >= 400 && status < 500) {
      return of(
        BoardStreamActions.refused({
          message:
            status === 403
              ? 'Only supervisors can watch the live board.'
              : (failure as BoardStreamError).message,
        }),
      );
    }
    const next = opened ? 0 : attempt;
    const retryInMs = reconnectDelayMs(next);
    const message =
      failure instanceof BoardStreamError ? failure.message : DROPPED_MESSAGE;
    return concat(
      of(BoardStreamActions.disconnected({ retryInMs, message })),
      timer(retryInMs).pipe(
        switchMap(() => boardConnection(connect, clock, next + 1)),
      ),
    );
  });
  return concat(stream$, after$);
}
