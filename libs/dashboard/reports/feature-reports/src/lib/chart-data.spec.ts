import {
  dayData,
  hourOfWeekGrid,
  outcomeData,
  relationData,
  riskData,
  severityGroups,
  symptomData,
} from './chart-data';
import { describeDrill, formatHandleTime, rangeHeading } from './report-labels';
import { summary } from './testing/report-fixtures';

describe('chart data', () => {
  it('fills the hour-of-week grid: 7 days from Sunday, 24 hours, 0 where no calls', () => {
    const grid = hourOfWeekGrid([{ weekday: 2, hour: 14, calls: 37 }]);
    expect(grid.length).toBe(7);
    expect(grid.every((row) => row.length === 24)).toBeTrue();
    expect(grid.flat().filter((cell) => cell.value > 0).length).toBe(1);
    expect(grid[2][14]).toEqual(
      jasmine.objectContaining({
        value: 37,
        ariaLabel: 'Tuesday 14:00 — 37 calls',
        filter: { weekday: 2, hour: 14 },
      }),
    );
    expect(grid[0][0].ariaLabel).toBe('Sunday 00:00 — 0 calls');
    expect(grid[6][23].filter).toEqual({ weekday: 6, hour: 23 });
  });

  it('lists every day of the range, with 0 for days without calls', () => {
    const days = dayData(summary());
    expect(days.map((d) => [d.key, d.value])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 0],
      ['2026-03-03', 3],
    ]);
    expect(days[2].ariaLabel).toBe('Tue 3 Mar 2026 — 3 calls');
    expect(days[1].filter).toEqual({ day: '2026-03-02' });
  });

  it('orders each instrument’s bands none to severe, then partial', () => {
    const [sows, cows] = severityGroups(summary().severity);
    expect(sows.bars.map((b) => b.key)).toEqual([
      'sows:none',
      'sows:mild',
      'sows:moderate',
      'sows:severe',
      'sows:partial',
    ]);
    expect(sows.bars.map((b) => b.value)).toEqual([0, 0, 2, 0, 1]);
    expect(sows.total).toBe(3);
    expect(sows.bars[4].ariaLabel).toBe(
      'SOWS Partial, no total — 1 assessment',
    );
    expect(sows.bars[2].filter).toEqual({
      instrument: 'sows',
      severity: 'moderate',
    });
    expect(cows.bars.map((b) => b.tone)).toContain('moderately-severe');
    expect(cows.total).toBe(0);
  });

  it('names symptoms from the catalogue, outcomes most first, risk in level order', () => {
    expect(symptomData(summary().topSymptoms)[1].label).toBe(
      'Cravings (urge to use)',
    );
    const outcomes = outcomeData([
      ...summary().outcomes,
      { outcome: 'none', calls: 9 },
    ]);
    expect(outcomes[0].label).toBe('Referred');
    expect(outcomes[outcomes.length - 1]).toEqual(
      jasmine.objectContaining({
        label: 'No outcome recorded',
        value: 9,
        filter: { outcome: 'none' },
      }),
    );
    expect(riskData(summary().risk).map((r) => r.key)).toEqual([
      'none',
      'low',
      'moderate',
      'high',
      'not-screened',
    ]);
  });

  it('lists every caller relation in the call screen’s order, 0 where no calls, each opening its calls', () => {
    const relations = relationData([
      { relation: 'professional', calls: 4 },
      { relation: 'self', calls: 7 },
    ]);
    expect(relations.map((r) => [r.label, r.value])).toEqual([
      ['Self', 7],
      ['Family', 0],
      ['Friend', 0],
      ['Professional', 4],
      ['Other', 0],
    ]);
    expect(relations[3].filter).toEqual({ callerRelation: 'professional' });
    expect(relations[3].ariaLabel).toBe('Professional — 4 calls');
    expect(describeDrill({ callerRelation: 'friend' })).toBe('Caller: Friend');
  });

  it('writes handle times as m:ss', () => {
    expect(formatHandleTime(427)).toBe('7:07');
    expect(formatHandleTime(59.6)).toBe('1:00');
    expect(formatHandleTime(3723)).toBe('1:02:03');
    expect(formatHandleTime(null)).toBe('—');
  });

  it('says in words which calls a drill-down lists', () => {
    expect(describeDrill({ weekday: 2, hour: 14 })).toBe(
      'Tuesdays 14:00–15:00',
    );
    expect(
      describeDrill({ instrument: 'cows', severity: 'moderately-severe' }),
    ).toBe('COWS · Moderately severe');
    expect(describeDrill({ counselorId: 'u2' }, 'Sam Reyes')).toBe(
      'Counselor: Sam Reyes',
    );
    expect(describeDrill({ referralType: 'peer-support' })).toBe(
      'Referred to: Peer support',
    );
    expect(describeDrill({})).toBe('All calls');
    expect(
      rangeHeading({ from: '2026-03-01', to: '2026-03-03', tz: 'UTC' }),
    ).toBe('Sun 1 Mar 2026 – Tue 3 Mar 2026 (3 days) · UTC');
  });
});
