import { dateTimeText } from './date-time-text';

describe('dateTimeText: the one date format', () => {
  const chicago = { timeZone: 'America/Chicago' };
  // 20:05 UTC on 3 Dec 2026 is 14:05 in Chicago (CST, UTC-6).
  const at = '2026-12-03T20:05:09Z';

  it('writes the weekday, day, month as a word, year and a 24-hour time in the given zone', () => {
    expect(dateTimeText(at, chicago)).toBe('Thu 3 Dec 2026, 14:05');
    expect(dateTimeText(at, { ...chicago, style: 'date' })).toBe(
      'Thu 3 Dec 2026',
    );
    expect(dateTimeText(at, { ...chicago, style: 'time' })).toBe('14:05');
  });

  it('adds the zone and seconds when asked', () => {
    expect(dateTimeText(at, { ...chicago, zone: true })).toBe(
      'Thu 3 Dec 2026, 14:05 CST',
    );
    expect(dateTimeText(at, { ...chicago, style: 'time', seconds: true })).toBe(
      '14:05:09',
    );
    expect(dateTimeText(at, { timeZone: 'Europe/Berlin', zone: true })).toBe(
      'Thu 3 Dec 2026, 21:05 GMT+1',
    );
  });

  it('follows summer time and never writes 24:00 for midnight', () => {
    expect(
      dateTimeText('2026-07-01T05:00:00Z', { ...chicago, zone: true }),
    ).toBe('Wed 1 Jul 2026, 00:00 CDT');
  });

  it('takes epoch milliseconds and Dates too', () => {
    expect(dateTimeText(Date.parse(at), chicago)).toBe('Thu 3 Dec 2026, 14:05');
    expect(dateTimeText(new Date(at), chicago)).toBe('Thu 3 Dec 2026, 14:05');
  });

  it('writes nothing for a missing or unreadable time', () => {
    expect(dateTimeText(null)).toBe('');
    expect(dateTimeText(undefined)).toBe('');
    expect(dateTimeText('')).toBe('');
    expect(dateTimeText('not a time')).toBe('');
  });
});
