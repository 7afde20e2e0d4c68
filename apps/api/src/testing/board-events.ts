import type { BoardSnapshot } from '@casebook/shared/contracts';

/**
 * Reads the board's server-sent events from a fetch body until `until` accepts one
 * snapshot (or `timeoutMs` passes, which aborts the request and fails the spec).
 */
export async function waitForBoard(
  url: string,
  token: string,
  until: (snapshot: BoardSnapshot) => boolean,
  timeoutMs: number,
): Promise<BoardSnapshot> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the board stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(event)?.[1];
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (type === 'board' && data) {
          const snapshot = JSON.parse(data) as BoardSnapshot;
          if (until(snapshot)) return snapshot;
        }
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
