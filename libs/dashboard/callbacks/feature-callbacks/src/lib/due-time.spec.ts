import {
  formatSpan,
  fromLocalInputValue,
  inTwoHours,
  relativeDue,
  resolveDue,
  toLocalInputValue,
  tomorrowAtNine,
} from './due-time';

describe('due-time quick choices', () => {
  it('in 2 hours is exactly two hours on', () => {
    const now = new Date('2026-03-10T22:45:10.000Z');
    expect(inTwoHours(now).toISOString()).toBe('2026-03-11T00:45:10.000Z');
  });

  it('tomorrow 9:00 is nine o’clock on the next local calendar day, from morning or late night', () => {
    for (const now of [
      new Date(2026, 2, 10, 8, 15),
      new Date(2026, 2, 10, 23, 59),
      new Date(2026, 11, 31, 0, 5),
    ]) {
      const due = tomorrowAtNine(now);
      expect(due.getHours()).withContext(now.toString()).toBe(9);
      expect(due.getMinutes()).toBe(0);
      const nextDay = new Date(
        now.getFullYear(),
        now.getMonth(),
        now.getDate() + 1,
      );
      expect(due.getDate()).toBe(nextDay.getDate());
      expect(due.getMonth()).toBe(nextDay.getMonth());
      expect(due.getFullYear()).toBe(nextDay.getFullYear());
    }
  });

  it('resolves each choice to a UTC time with a zone, and a custom one from local input', () => {
    const now = new Date(2026, 2, 10, 14, 0);
    expect(resolveDue('in-2-hours', '', now)).toBe(
      new Date(2026, 2, 10, 16, 0).toISOString(),
    );
    expect(resolveDue('tomorrow-9', '', now)).toBe(
      new Date(2026, 2, 11, 9, 0).toISOString(),
    );
    expect(resolveDue('custom', '2026-03-12T07:30', now)).toBe(
      new Date(2026, 2, 12, 7, 30).toISOString(),
    );
    expect(resolveDue('custom', '', now)).toBeNull();
    expect(resolveDue('custom', 'soon', now)).toBeNull();
    expect(resolveDue('tomorrow-9', '', now)).toMatch(/Z$/);
  });

  it('round-trips a local date-time input value', () => {
    const date = new Date(2026, 0, 5, 7, 3);
    expect(toLocalInputValue(date)).toBe('2026-01-05T07:03');
    expect(fromLocalInputValue('2026-01-05T07:03')).toBe(date.toISOString());
  });
});

describe('relative due time', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');

  it('says how long until it is due, or by how much it is overdue', () => {
    expect(relativeDue('2026-03-10T14:00:00.000Z', now, false)).toBe('in 2 h');
    expect(relativeDue('2026-03-10T13:20:00.000Z', now, false)).toBe(
      'in 1 h 20 min',
    );
    expect(relativeDue('2026-03-10T11:25:00.000Z', now, true)).toBe(
      'overdue by 35 min',
    );
    expect(relativeDue('2026-03-13T12:00:00.000Z', now, false)).toBe(
      'in 3 days',
    );
  });

  it('trusts the server’s overdue flag over a clock that is behind', () => {
    expect(relativeDue('2026-03-10T12:00:30.000Z', now, true)).toBe('overdue');
  });

  it('formats spans as spoken', () => {
    expect(formatSpan(30_000)).toBe('1 min');
    expect(formatSpan(-35 * 60_000)).toBe('35 min');
    expect(formatSpan(12 * 3600_000)).toBe('12 h');
  });
});
