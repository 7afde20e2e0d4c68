import { MAX_DELAY_SECONDS, throttleDelaySeconds } from './throttle-delay';

describe('throttleDelaySeconds', () => {
  it('lets the first five failures of a pair retry at once', () => {
    expect([0, 1, 2, 3, 4].map(throttleDelaySeconds)).toEqual([0, 0, 0, 0, 0]);
  });

  it('then waits 1, 2, 4 and 8 minutes', () => {
    expect([5, 6, 7, 8].map(throttleDelaySeconds)).toEqual([60, 120, 240, 480]);
  });

  it('never waits longer than 15 minutes', () => {
    expect(throttleDelaySeconds(9)).toBe(MAX_DELAY_SECONDS);
    expect(throttleDelaySeconds(1000)).toBe(MAX_DELAY_SECONDS);
  });
});
