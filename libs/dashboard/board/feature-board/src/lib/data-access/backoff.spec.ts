import { MAX_RECONNECT_DELAY_MS, reconnectDelayMs } from './backoff';

describe('reconnectDelayMs', () => {
  it('doubles from 1 s and stays at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('never waits less than 1 s or more than the cap, whatever it is given', () => {
    expect(reconnectDelayMs(-3)).toBe(1000);
    expect(reconnectDelayMs(1e6)).toBe(MAX_RECONNECT_DELAY_MS);
  });
});
