import { HttpSessionActions } from '@casebook/dashboard/auth/data-access';
import { TestScheduler } from 'rxjs/testing';
import { snapshot } from '../testing/board-fixtures';
import { BoardStreamActions } from './board.actions';
import { boardConnection } from './board-connection';
import { BoardStreamError, type BoardStreamEvent } from './board-stream';

describe('boardConnection', () => {
  const clock = { now: () => 42 };
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) =>
      expect(actual).toEqual(expected),
    );
  });

  it('backs off 1, 2 s on failures, starts over after a stream that opened, and stops on 401', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const down = new BoardStreamError(0, 'The server could not be reached.');
      const board = snapshot();
      const attempts = [
        cold<BoardStreamEvent>('#', {}, down),
        cold<BoardStreamEvent>('#', {}, down),
        cold<BoardStreamEvent>('ab|', {
          a: { type: 'open' },
          b: { type: 'snapshot', snapshot: board },
        }),
        cold<BoardStreamEvent>('#', {}, down),
        cold<BoardStreamEvent>('#', {}, new BoardStreamError(401, 'no')),
      ];
      let index = 0;
      const actions$ = boardConnection(() => attempts[index++], clock);

      const message = down.message;
      // 0: fail, wait 1 s; 1000: fail, wait 2 s; 3000: open, snapshot, end at 3002, wait 1 s;
      // 4002: fail, wait 2 s; 6002: 401.
      expectObservable(actions$).toBe(
        'a 999ms b 1999ms cde 999ms f 1999ms (g|)',
        {
          a: BoardStreamActions.disconnected({ retryInMs: 1000, message }),
          b: BoardStreamActions.disconnected({ retryInMs: 2000, message }),
          c: BoardStreamActions.connected(),
          d: BoardStreamActions.snapshotReceived({ snapshot: board }),
          e: BoardStreamActions.disconnected({
            retryInMs: 1000,
            message: 'The live connection dropped.',
          }),
          f: BoardStreamActions.disconnected({ retryInMs: 2000, message }),
          g: HttpSessionActions.unauthorizedReceived({ receivedAt: 42 }),
        },
      );
    });
  });

  it('stops with a refusal on 403, without retrying', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const actions$ = boardConnection(
        () => cold<BoardStreamEvent>('#', {}, new BoardStreamError(403, 'no')),
        clock,
      );
      expectObservable(actions$).toBe('(a|)', {
        a: BoardStreamActions.refused({
          message: 'Only supervisors can watch the live board.',
        }),
      });
    });
  });
});
