import {
  formatHours,
  fromLocalInputValue,
  relativeTime,
  toLocalInputValue,
} from './format';

describe('case formatting', () => {
  it('says how long ago in words', () => {
    const now = Date.parse('2026-03-02T12:00:00Z');
    expect(relativeTime('2026-03-02T11:59:40Z', now)).toBe('just now');
    expect(relativeTime('2026-03-02T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-03-01T11:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-02-01T12:00:00Z', now)).toBe('4 weeks ago');
    expect(relativeTime('2025-12-30T12:00:00Z', now)).toBe('2 months ago');
  });

  it('writes hours as people say them', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(26.4)).toBe('26 h');
    expect(formatHours(96)).toBe('4 days');
  });

  it('round-trips a time through a datetime-local field in the browser’s zone', () => {
    const local = toLocalInputValue('2026-03-01T08:00:00.000Z');
    expect(local).toMatch(/^2026-03-0\dT\d\d:00$/);
    expect(fromLocalInputValue(local)).toBe('2026-03-01T08:00:00.000Z');
    expect(fromLocalInputValue('')).toBeNull();
  });
});
