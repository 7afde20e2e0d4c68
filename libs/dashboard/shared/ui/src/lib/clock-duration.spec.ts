import { clockDuration } from './clock-duration';

describe('clockDuration', () => {
  it('reads minutes and seconds, hours from an hour on, never negative', () => {
    expect(clockDuration(0)).toBe('0:00');
    expect(clockDuration(247)).toBe('4:07');
    expect(clockDuration(3723)).toBe('1:02:03');
    expect(clockDuration(-5)).toBe('0:00');
    expect(clockDuration(59.9)).toBe('0:59');
  });
});
