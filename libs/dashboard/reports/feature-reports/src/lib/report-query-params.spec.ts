import {
  drillFromQueryParams,
  drillToQueryParams,
  pagingFromQueryParams,
  viewFromQueryParams,
  viewToQueryParams,
} from './report-query-params';

const NOW = Date.parse('2026-03-10T15:00:00Z');

describe('report URL', () => {
  it('opens on the last 30 days in the browser’s zone, and asks to write that in the URL', () => {
    expect(viewFromQueryParams({}, NOW, 'America/Chicago')).toEqual({
      view: {
        from: '2026-02-09',
        to: '2026-03-10',
        tz: 'America/Chicago',
        preset: '30d',
      },
      canonical: false,
      notice: null,
    });
  });

  it('reads a complete link as it is', () => {
    const params = {
      from: '2026-03-04',
      to: '2026-03-10',
      tz: 'Europe/Berlin',
      preset: '7d',
    };
    const parsed = viewFromQueryParams(params, NOW, 'UTC');
    expect(parsed).toEqual({
      view: { ...params, preset: '7d' },
      canonical: true,
      notice: null,
    });
    expect(viewToQueryParams(parsed.view)).toEqual(params);
  });

  it('keeps a linked range’s dates when its preset has moved on, as custom', () => {
    const params = {
      from: '2026-02-01',
      to: '2026-02-07',
      tz: 'UTC',
      preset: '7d',
    };
    const parsed = viewFromQueryParams(params, NOW, 'UTC');
    expect(parsed.view).toEqual({
      from: '2026-02-01',
      to: '2026-02-07',
      tz: 'UTC',
      preset: 'custom',
    });
    expect(parsed.canonical).toBeFalse();
  });

  it('names the preset dates match today, when the link says custom', () => {
    const parsed = viewFromQueryParams(
      { from: '2026-03-10', to: '2026-03-10', tz: 'UTC', preset: 'custom' },
      NOW,
      'UTC',
    );
    expect(parsed.view.preset).toBe('today');
  });

  it('keeps "this quarter" when it and "7 days" are the same dates', () => {
    const now = Date.parse('2026-04-07T12:00:00Z');
    const parsed = viewFromQueryParams(
      { from: '2026-04-01', to: '2026-04-07', tz: 'UTC', preset: 'quarter' },
      now,
      'UTC',
    );
    expect(parsed.view.preset).toBe('quarter');
    expect(parsed.canonical).toBeTrue();
  });

  it('computes a preset without dates for today in the linked zone', () => {
    // 15:00 UTC on Mar 10 is already midnight, Mar 11, in Tokyo.
    const parsed = viewFromQueryParams(
      { preset: 'quarter', tz: 'Asia/Tokyo' },
      NOW,
      'UTC',
    );
    expect(parsed.view).toEqual({
      from: '2026-01-01',
      to: '2026-03-11',
      tz: 'Asia/Tokyo',
      preset: 'quarter',
    });
    expect(parsed.canonical).toBeFalse();
  });

  it('falls back, and says so, for an unknown zone or a backwards range', () => {
    const zone = viewFromQueryParams(
      { from: '2026-03-01', to: '2026-03-02', tz: 'Mars/Base' },
      NOW,
      'UTC',
    );
    expect(zone.view.tz).toBe('UTC');
    expect(zone.view.from).toBe('2026-03-01');
    expect(zone.notice).toContain('Mars/Base');
    const backwards = viewFromQueryParams(
      { from: '2026-03-05', to: '2026-03-01', tz: 'UTC' },
      NOW,
      'UTC',
    );
    expect(backwards.view).toEqual({
      from: '2026-02-09',
      to: '2026-03-10',
      tz: 'UTC',
      preset: '30d',
    });
    expect(backwards.notice).toContain('before the start');
  });

  it('reads the drill-down filter, dropping what is not a valid value', () => {
    expect(
      drillFromQueryParams({
        weekday: '2',
        hour: '14',
        severity: 'partial',
        instrument: 'sows',
        outcome: 'none',
        riskLevel: 'not-screened',
        day: '2026-02-30',
        referralType: 'spa',
        counselorId: 'u-1',
      }),
    ).toEqual({
      weekday: 2,
      hour: 14,
      severity: 'partial',
      instrument: 'sows',
      outcome: 'none',
      riskLevel: 'not-screened',
      counselorId: 'u-1',
    });
    expect(
      drillFromQueryParams({ weekday: '7', hour: '24', symptomId: '<x>' }),
    ).toEqual({});
    expect(drillFromQueryParams({ callerRelation: 'family' })).toEqual({
      callerRelation: 'family',
    });
    expect(drillFromQueryParams({ callerRelation: 'neighbour' })).toEqual({});
  });

  it('writes a drill-down filter back as the same params', () => {
    const filter = { weekday: 0, hour: 9, symptomId: 'anxiety' };
    expect(drillToQueryParams(filter)).toEqual({
      weekday: '0',
      hour: '9',
      symptomId: 'anxiety',
    });
    expect(drillFromQueryParams(drillToQueryParams(filter))).toEqual(filter);
  });

  it('reads the page from 1 and only a page size offered', () => {
    expect(pagingFromQueryParams({}, [25, 50])).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(
      pagingFromQueryParams({ page: '3', pageSize: '50' }, [25, 50]),
    ).toEqual({ page: 3, pageSize: 50 });
    expect(
      pagingFromQueryParams({ page: '0', pageSize: '7' }, [25, 50]),
    ).toEqual({ page: 1, pageSize: 25 });
  });
});
