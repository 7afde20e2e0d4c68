import { Injectable, inject } from '@angular/core';
import type { BoardSnapshot } from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import { Observable } from 'rxjs';
import { SseParser } from './sse-parser';

/** What the open stream tells: it is open, or here is the board. Heartbeats are dropped. */
export type BoardStreamEvent =
  { type: 'open' } | { type: 'snapshot'; snapshot: BoardSnapshot };

/** The stream could not be opened: `status` is the HTTP status, 0 for no reply at all. */
export class BoardStreamError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BoardStreamError';
  }
}

/**
 * Opens `GET /api/board/events`. `EventSource` cannot send the bearer header, so this
 * reads the reply body with `fetch` and parses the events itself. The observable
 * completes when the server ends the stream, errors when it cannot be read, and
 * aborts the request when unsubscribed.
 */
@Injectable({ providedIn: 'root' })
export class BoardStream {
  private readonly baseUrl = inject(API_BASE_URL);

  connect(token: string): Observable<BoardStreamEvent> {
    return new Observable<BoardStreamEvent>((subscriber) => {
      const controller = new AbortController();
      const read = async (): Promise<void> => {
        let response: Response;
        try {
          response = await fetch(`${this.baseUrl}/board/events`, {
            headers: {
              Authorization: `Bearer ${token}`,
              Accept: 'text/event-stream',
            },
            cache: 'no-store',
            signal: controller.signal,
          });
        } catch {
          throw new BoardStreamError(0, 'The server could not be reached.');
        }
        if (!response.ok || !response.body) {
          throw new BoardStreamError(
            response.status,
            `The live board was refused (${response.status}).`,
          );
        }
        subscriber.next({ type: 'open' });
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const parser = new SseParser();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          for (const event of parser.push(
            decoder.decode(value, { stream: true }),
          )) {
            if (event.event === 'board') {
              subscriber.next({
                type: 'snapshot',
                snapshot: JSON.parse(event.data) as BoardSnapshot,
              });
            }
          }
        }
        subscriber.complete();
      };
      read().catch((error: unknown) => {
        if (!controller.signal.aborted) {
          subscriber.error(
            error instanceof BoardStreamError
              ? error
              : new BoardStreamError(0, 'The live connection dropped.'),
          );
        }
      });
      return () => controller.abort();
    });
  }
}
