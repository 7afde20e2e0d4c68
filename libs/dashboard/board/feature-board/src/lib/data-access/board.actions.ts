import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { BoardSnapshot } from '@casebook/shared/contracts';

/** The supervisor opening and leaving `/board`: the stream lives between the two. */
export const BoardPageActions = createActionGroup({
  source: 'Board Page',
  events: {
    Opened: emptyProps(),
    Closed: emptyProps(),
  },
});

/** What the `/api/board/events` stream did. */
export const BoardStreamActions = createActionGroup({
  source: 'Board Stream',
  events: {
    Connected: emptyProps(),
    'Snapshot Received': props<{ snapshot: BoardSnapshot }>(),
    /** The stream dropped or could not be opened; another attempt follows in `retryInMs`. */
    Disconnected: props<{ retryInMs: number; message: string }>(),
    /** The API refused the stream for good (403: no longer a supervisor); no retry. */
    Refused: props<{ message: string }>(),
  },
});
