import {
  daysInclusive,
  isCalendarDate,
  isKnownTimeZone,
  localDate,
  nextDate,
  offsetSegments,
  startOfLocalDay,
  utcOffsetMinutes,
} from './zoned-days';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned days', () => {
  it('knows real zones and calendar dates only', () => {
    expect(isKnownTimeZone('America/New_York')).toBeTrue();
    expect(isKnownTimeZone('Mars/Olympus')).toBeFalse();
    expect(isCalendarDate('2028-02-29')).toBeTrue();
    expect(isCalendarDate('2026-02-29')).toBeFalse();
    expect(isCalendarDate('2026-1-01')).toBeFalse();
  });

  it('reads offsets, half-hour zones included', () => {
    expect(
      utcOffsetMinutes('Europe/Berlin', Date.parse('2026-07-01T12:00:00Z')),
    ).toBe(120);
    expect(
      utcOffsetMinutes('Europe/Berlin', Date.parse('2026-01-01T12:00:00Z')),
    ).toBe(60);
    expect(
      utcOffsetMinutes('Asia/Kolkata', Date.parse('2026-01-01T12:00:00Z')),
    ).toBe(330);
    expect(
      utcOffsetMinutes('America/St_Johns', Date.parse('2026-01-01T12:00:00Z')),
    ).toBe(-210);
    expect(utcOffsetMinutes('UTC', Date.parse('2026-01-01T12:00:00Z'))).toBe(0);
  });

  it('puts an instant on its local date, across midnight', () => {
    expect(
      localDate('America/New_York', Date.parse('2026-11-25T04:59:00Z')),
    ).toBe('2026-11-24');
    expect(
      localDate('America/New_York', Date.parse('2026-11-25T05:00:00Z')),
    ).toBe('2026-11-25');
    expect(
      localDate('Pacific/Auckland', Date.parse('2026-11-25T11:00:00Z')),
    ).toBe('2026-11-26');
  });

  it('starts local days at their midnight, on daylight-saving days too', () => {
    expect(iso(startOfLocalDay('2026-11-25', 'America/New_York'))).toBe(
      '2026-11-25T05:00:00.000Z',
    );
    expect(iso(startOfLocalDay('2026-03-08', 'America/New_York'))).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(iso(startOfLocalDay('2026-03-09', 'America/New_York'))).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(iso(startOfLocalDay('2026-03-29', 'Europe/Berlin'))).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(iso(startOfLocalDay('2026-03-30', 'Europe/Berlin'))).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(iso(startOfLocalDay('2026-01-01', 'Asia/Kolkata'))).toBe(
      '2025-12-31T18:30:00.000Z',
    );
  });

  it('finds the first instant of every day of a year where midnight can be skipped', () => {
    // Santiago moves its clocks at midnight: some days start at 01:00.
    let date = '2026-01-01';
    for (let i = 0; i < 366; i++) {
      const start = startOfLocalDay(date, 'America/Santiago');
      expect(localDate('America/Santiago', start)).withContext(date).toBe(date);
      expect(localDate('America/Santiago', start - 60_000))
        .withContext(date)
        .not.toBe(date);
      date = nextDate(date);
    }
  });

  it('counts days inclusively, across a leap day', () => {
    expect(daysInclusive('2026-11-25', '2026-11-25')).toBe(1);
    expect(daysInclusive('2028-02-28', '2028-03-01')).toBe(3);
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });

  it('splits a year into offset segments at the daylight-saving changes', () => {
    const from = Date.parse('2026-01-01T05:00:00Z');
    const to = Date.parse('2027-01-01T05:00:00Z');
    expect(
      offsetSegments('America/New_York', from, to).map((s) => [
        iso(s.from),
        s.offsetMinutes,
      ]),
    ).toEqual([
      ['2026-01-01T05:00:00.000Z', -300],
      ['2026-03-08T07:00:00.000Z', -240],
      ['2026-11-01T06:00:00.000Z', -300],
    ]);
    expect(offsetSegments('Asia/Kolkata', from, to)).toEqual([
      { from, to, offsetMinutes: 330 },
    ]);
  });
});
