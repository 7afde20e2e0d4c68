import { REPORT_MAX_DAYS } from '@casebook/shared/contracts';
import { localDate } from '@casebook/shared/domain';
import {
  addDays,
  isLocalDate,
  isTimeZone,
  presetOf,
  presetRange,
  rangeProblem,
} from './report-range';

const at = (iso: string) => Date.parse(iso);

describe('report range', () => {
  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2026-03-10')).toBeTrue();
    expect(isLocalDate('2028-02-29')).toBeTrue();
    expect(isLocalDate('2026-02-29')).toBeFalse();
    expect(isLocalDate('2026-3-10')).toBeFalse();
    expect(isLocalDate(undefined)).toBeFalse();
  });

  it('counts days across month, year and leap-day edges', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // Days are plain dates: the US clocks going forward on 2026-03-08 change nothing.
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
  });

  it('reads today in the report’s zone, not the browser’s', () => {
    // 23:30 UTC on Mar 31: still Mar 31 in Chicago, already Apr 1 in Tokyo.
    const now = at('2026-03-31T23:30:00Z');
    expect(presetRange('today', 'America/Chicago', now)).toEqual({
      from: '2026-03-31',
      to: '2026-03-31',
    });
    expect(presetRange('today', 'Asia/Tokyo', now)).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
    expect(localDate('UTC', now)).toBe('2026-03-31');
  });

  it('computes today, 7 days and 30 days ending today', () => {
    const now = at('2026-03-03T15:00:00Z');
    expect(presetRange('today', 'UTC', now)).toEqual({
      from: '2026-03-03',
      to: '2026-03-03',
    });
    expect(presetRange('7d', 'UTC', now)).toEqual({
      from: '2026-02-25',
      to: '2026-03-03',
    });
    expect(presetRange('30d', 'UTC', now)).toEqual({
      from: '2026-02-02',
      to: '2026-03-03',
    });
    expect(presetRange('7d', 'UTC', at('2028-03-01T12:00:00Z'))).toEqual({
      from: '2028-02-24',
      to: '2028-03-01',
    });
  });

  it('starts this quarter on the quarter’s first day in the zone, at quarter edges', () => {
    const now = at('2026-03-31T23:30:00Z');
    expect(presetRange('quarter', 'America/Chicago', now)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(presetRange('quarter', 'Asia/Tokyo', now)).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
    expect(presetRange('quarter', 'UTC', at('2026-12-31T12:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(presetRange('quarter', 'UTC', at('2026-08-15T12:00:00Z')).from).toBe(
      '2026-07-01',
    );
  });

  it('says why a pair of dates is not a range', () => {
    expect(rangeProblem('2026-03-01', '2026-03-31')).toBeNull();
    expect(rangeProblem('2026-03-02', '2026-03-01')).toContain('before');
    expect(rangeProblem('', '2026-03-01')).toContain('both');
    const last = addDays('2026-01-01', REPORT_MAX_DAYS - 1);
    expect(rangeProblem('2026-01-01', last)).toBeNull();
    expect(rangeProblem('2026-01-01', addDays(last, 1))).toContain(
      `${REPORT_MAX_DAYS} days`,
    );
  });

  it('recognises which preset a range is today, else custom', () => {
    const now = at('2026-03-03T15:00:00Z');
    expect(presetOf({ from: '2026-02-25', to: '2026-03-03' }, 'UTC', now)).toBe(
      '7d',
    );
    expect(presetOf({ from: '2026-02-24', to: '2026-03-02' }, 'UTC', now)).toBe(
      'custom',
    );
  });

  it('knows IANA zones and rejects made-up ones', () => {
    expect(isTimeZone('America/Chicago')).toBeTrue();
    expect(isTimeZone('UTC')).toBeTrue();
    expect(isTimeZone('Mars/Olympus')).toBeFalse();
    expect(isTimeZone('')).toBeFalse();
  });
});
