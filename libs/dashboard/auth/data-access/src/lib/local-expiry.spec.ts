import { localExpiry } from './local-expiry';

describe('localExpiry', () => {
  const received = Date.parse('2026-03-02T09:00:00.000Z');

  it('keeps the remaining span when the browser clock runs ahead of the server', () => {
    // Server says 08:50:00 now, session ends 09:05:00 server time: 15 minutes left.
    const local = localExpiry(
      '2026-03-02T09:05:00.000Z',
      'Mon, 02 Mar 2026 08:50:00 GMT',
      received,
    );
    expect(local).toBe('2026-03-02T09:14:59.000Z');
  });

  it('keeps the remaining span when the browser clock runs behind', () => {
    const local = localExpiry(
      '2026-03-02T09:20:00.000Z',
      'Mon, 02 Mar 2026 09:05:00 GMT',
      received,
    );
    expect(local).toBe('2026-03-02T09:14:59.000Z');
  });

  it('takes the expiry as it is without a usable Date header', () => {
    expect(localExpiry('2026-03-02T09:15:00.000Z', null, received)).toBe(
      '2026-03-02T09:15:00.000Z',
    );
    expect(localExpiry('2026-03-02T09:15:00.000Z', 'garbage', received)).toBe(
      '2026-03-02T09:15:00.000Z',
    );
  });
});
