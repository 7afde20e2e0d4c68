import { resolveRange } from './report-range';

const iso = (ms: number) => new Date(ms).toISOString();

describe('resolveRange', () => {
  it('reads a UTC month from whole days only', () => {
    const range = resolveRange({
      from: '2026-11-01',
      to: '2026-11-30',
      tz: 'UTC',
    });
    expect(range.days).toEqual([{ from: '2026-11-01', to: '2026-12-01' }]);
    expect(range.hours).toEqual([]);
    expect(range.edges).toEqual([]);
    expect(range.localDates.length).toBe(30);
  });

  it('reads a New York range as whole days plus the hours at both edges', () => {
    const range = resolveRange({
      from: '2026-11-02',
      to: '2026-11-03',
      tz: 'America/New_York',
    });
    expect(iso(range.span.from)).toBe('2026-11-02T05:00:00.000Z');
    expect(range.days).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
    expect(range.hours).toEqual([
      { from: '2026-11-02 05', to: '2026-11-03 00' },
      { from: '2026-11-04 00', to: '2026-11-04 05' },
    ]);
    expect(range.edges).toEqual([]);
  });

  it('leaves only the half hours of a half-hour zone to be read from the calls', () => {
    const range = resolveRange({
      from: '2026-11-02',
      to: '2026-11-02',
      tz: 'Asia/Kolkata',
    });
    expect(range.edges.map((edge) => [iso(edge.from), iso(edge.to)])).toEqual([
      ['2026-11-01T18:30:00.000Z', '2026-11-01T19:00:00.000Z'],
      ['2026-11-02T18:00:00.000Z', '2026-11-02T18:30:00.000Z'],
    ]);
    // No whole UTC day fits inside this local day: its whole hours come from the hourly rollup.
    expect(range.days).toEqual([]);
    expect(range.hours).toEqual([
      { from: '2026-11-01 19', to: '2026-11-02 18' },
    ]);
  });
});
