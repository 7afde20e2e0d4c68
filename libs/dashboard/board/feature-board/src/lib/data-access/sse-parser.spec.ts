import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('completes an event whose lines are split across chunks', () => {
    const parser = new SseParser();
    expect(parser.push('event: bo')).toEqual([]);
    expect(parser.push('ard\nid: 1\nda')).toEqual([]);
    expect(parser.push('ta: {"at":"x"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'board', data: '{"at":"x"}' }]);
  });

  it('returns every event of a chunk that holds several, in order', () => {
    const parser = new SseParser();
    expect(
      parser.push(
        'event: board\ndata: 1\n\nevent: board\ndata: 2\n\nevent: bo',
      ),
    ).toEqual([
      { event: 'board', data: '1' },
      { event: 'board', data: '2' },
    ]);
    expect(parser.push('ard\ndata: 3\n\n')).toEqual([
      { event: 'board', data: '3' },
    ]);
  });

  it('passes heartbeats through by name, so the reader can ignore them, and skips comments', () => {
    const parser = new SseParser();
    const events = parser.push(
      ': keep-alive\n\nevent: heartbeat\ndata: {}\n\nevent: board\ndata: {"a":1}\n\n',
    );
    expect(events.map((event) => event.event)).toEqual(['heartbeat', 'board']);
    expect(events.filter((event) => event.event === 'board')).toEqual([
      { event: 'board', data: '{"a":1}' },
    ]);
  });

  it('handles CR LF line ends, even when the pair is split, and joins multi-line data', () => {
    const parser = new SseParser();
    expect(parser.push('event: board\r')).toEqual([]);
    expect(parser.push('\ndata: a\r\ndata: b\r\n\r')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'board', data: 'a\nb' }]);
  });

  it('names an event without an event line "message" and drops one without data', () => {
    const parser = new SseParser();
    expect(parser.push('event: board\n\ndata: x\n\n')).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });
});
