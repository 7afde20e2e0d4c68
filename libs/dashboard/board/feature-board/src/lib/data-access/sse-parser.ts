/** One server-sent event: its name (`message` when the server gave none) and its data. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Reads the `text/event-stream` format (WHATWG HTML, "server-sent events") from text
 * arriving in arbitrary chunks: a line or an event may be split across chunks, and one
 * chunk may hold several events. `id:` and `retry:` fields and `:` comments are ignored;
 * the dashboard reconnects on its own schedule.
 */
export class SseParser {
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  /** Feeds decoded text; returns the events it completed, in order. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    let newline = this.nextLineBreak();
    while (newline !== -1) {
      const line = this.buffer.slice(0, newline);
      // A CR LF pair split across chunks: wait for the LF before cutting the line.
      if (this.buffer[newline] === '\r' && newline + 1 === this.buffer.length) {
        break;
      }
      const breakLength =
        this.buffer[newline] === '\r' && this.buffer[newline + 1] === '\n'
          ? 2
          : 1;
      this.buffer = this.buffer.slice(newline + breakLength);
      const event = this.readLine(line);
      if (event) {
        events.push(event);
      }
      newline = this.nextLineBreak();
    }
    return events;
  }

  private nextLineBreak(): number {
    const lf = this.buffer.indexOf('\n');
    const cr = this.buffer.indexOf('\r');
    if (lf === -1) {
      return cr;
    }
    return cr === -1 ? lf : Math.min(lf, cr);
  }

  /** A blank line dispatches the event collected so far; other lines add a field. */
  private readLine(line: string): SseEvent | null {
    if (line === '') {
      const event =
        this.dataLines.length > 0
          ? {
              event: this.eventName || 'message',
              data: this.dataLines.join('\n'),
            }
          : null;
      this.eventName = '';
      this.dataLines = [];
      return event;
    }
    if (line.startsWith(':')) {
      return null;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') {
      this.eventName = value;
    } else if (field === 'data') {
      this.dataLines.push(value);
    }
    return null;
  }
}
