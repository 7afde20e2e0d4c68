import {
  BeforeApplicationShutdown,
  Controller,
  MessageEvent,
  Sse,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  concatMap,
  distinctUntilChanged,
  finalize,
  from,
  interval,
  map,
  merge,
  Observable,
  Subject,
  takeUntil,
  takeWhile,
  timer,
} from 'rxjs';
import type { BoardSnapshot } from '@casebook/shared/contracts';
import { SessionService } from '@casebook/api/auth';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { BoardService } from './board.service';

/** How often each stream re-reads the board: a high-risk save shows within about a second. */
export const BOARD_POLL_MS = 1000;
/** A comment-like event now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

@ApiTags('board')
@ApiBearerAuth()
@Roles('supervisor')
@Controller('board')
export class BoardController implements BeforeApplicationShutdown {
  /** Ends every open stream before the server closes, so a SIGTERM is not held up by a board. */
  private readonly shuttingDown = new Subject<void>();

  constructor(
    private readonly board: BoardService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Server-sent events: `board` with a BoardSnapshot whenever it changes, `heartbeat` to
   * keep the line open. The stream ends when the session does.
   */
  @Sse('events')
  events(@CurrentSession() session: RequestSession): Observable<MessageEvent> {
    const ended = new Subject<void>();
    const snapshots = timer(0, BOARD_POLL_MS).pipe(
      concatMap(() => from(this.readIfLive(session.sessionId))),
      takeWhile((snapshot): snapshot is BoardSnapshot => snapshot !== null),
      distinctUntilChanged((a, b) => withoutTime(a) === withoutTime(b)),
      map((snapshot): MessageEvent => ({ type: 'board', data: snapshot })),
      finalize(() => ended.next()),
    );
    const heartbeats = interval(HEARTBEAT_MS).pipe(
      takeUntil(ended),
      map((): MessageEvent => ({ type: 'heartbeat', data: {} })),
    );
    return merge(snapshots, heartbeats).pipe(takeUntil(this.shuttingDown));
  }

  beforeApplicationShutdown(): void {
    this.shuttingDown.next();
    this.shuttingDown.complete();
  }

  private async readIfLive(sessionId: string): Promise<BoardSnapshot | null> {
    return (await this.sessions.isLive(sessionId))
      ? this.board.snapshot()
      : null;
  }
}

function withoutTime(snapshot: BoardSnapshot): string {
  return JSON.stringify({ ...snapshot, at: null });
}
