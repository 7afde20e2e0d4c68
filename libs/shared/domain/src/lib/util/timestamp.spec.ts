import { toEpochMs } from './timestamp';

describe('toEpochMs', () => {
  it('reads ISO-8601 times with Z or an offset', () => {
    expect(toEpochMs('2025-03-01T12:00:00Z')).toBe(Date.UTC(2025, 2, 1, 12));
    expect(toEpochMs('2025-03-01T07:00:00.5-05:00')).toBe(
      Date.UTC(2025, 2, 1, 12, 0, 0, 500),
    );
    expect(toEpochMs('2025-03-01T12:00Z')).toBe(Date.UTC(2025, 2, 1, 12));
  });

  it('refuses times without a zone, dates that do not exist, and non-strings', () => {
    expect(toEpochMs('2025-03-01T12:00:00')).toBeNull();
    expect(toEpochMs('2025-03-01')).toBeNull();
    expect(toEpochMs('2025-02-30T12:00:00Z')).toBeNull();
    expect(toEpochMs('2025-13-01T12:00:00Z')).toBeNull();
    expect(toEpochMs(1740830400000)).toBeNull();
    expect(toEpochMs(new Date('nope'))).toBeNull();
  });
});
