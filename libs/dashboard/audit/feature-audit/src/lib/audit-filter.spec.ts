import { AUDIT_ACTIONS } from '@casebook/shared/contracts';
import {
  DEFAULT_AUDIT_FILTER,
  filterFromQueryParams,
  filterToQueryParams,
  parseCaseNumber,
  toAuditQuery,
  type AuditFilter,
} from './audit-filter';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from './audit-labels';
import { CASE_ID, SKY_ID } from './testing/audit-fixtures';

describe('audit filter', () => {
  const filtered: AuditFilter = {
    userId: SKY_ID,
    caseId: CASE_ID,
    action: 'report.export',
    from: '2026-03-01',
    to: '2026-03-31',
    pageIndex: 2,
    pageSize: 100,
  };

  it('reads a link’s query parameters, and writes them back the same', () => {
    const params = filterToQueryParams(filtered);
    expect(params).toEqual({
      userId: SKY_ID,
      caseId: CASE_ID,
      action: 'report.export',
      from: '2026-03-01',
      to: '2026-03-31',
      page: 3,
      size: 100,
    });
    expect(
      filterFromQueryParams({ ...params, page: '3', size: '100' }),
    ).toEqual(filtered);
  });

  it('opens a link naming only an action or a case, on the first page', () => {
    expect(filterFromQueryParams({ action: 'report.export' })).toEqual({
      ...DEFAULT_AUDIT_FILTER,
      action: 'report.export',
    });
    expect(filterFromQueryParams({ caseId: CASE_ID })).toEqual({
      ...DEFAULT_AUDIT_FILTER,
      caseId: CASE_ID,
    });
  });

  it('leaves the plain trail at the plain URL', () => {
    expect(
      Object.values(filterToQueryParams(DEFAULT_AUDIT_FILTER)).every(
        (value) => value === null,
      ),
    ).toBeTrue();
  });

  it('drops what a hand-edited link gets wrong instead of sending it', () => {
    expect(
      filterFromQueryParams({
        userId: 'sky',
        caseId: 'C-1042',
        action: 'case.delete',
        from: '2026-02-30',
        to: 'yesterday',
        page: '0',
        size: '7',
      }),
    ).toEqual(DEFAULT_AUDIT_FILTER);
  });

  it('sends local days as zoned instants: the from-day’s first instant, the first of the day after the to-day', () => {
    // Chicago moves to daylight time on 8 March 2026: March starts at UTC-6 and ends at UTC-5.
    expect(toAuditQuery(filtered, 'America/Chicago')).toEqual({
      userId: SKY_ID,
      caseId: CASE_ID,
      action: 'report.export',
      from: '2026-03-01T06:00:00.000Z',
      to: '2026-04-01T05:00:00.000Z',
      page: 3,
      pageSize: 100,
    });
    expect(
      toAuditQuery({ ...filtered, from: '2026-03-31' }, 'Europe/Berlin'),
    ).toEqual(
      jasmine.objectContaining({
        from: '2026-03-30T22:00:00.000Z',
        to: '2026-03-31T22:00:00.000Z',
      }),
    );
  });

  it('leaves out of the request what is not filtered', () => {
    expect(toAuditQuery(DEFAULT_AUDIT_FILTER, 'UTC')).toEqual({
      page: 1,
      pageSize: 50,
    });
    expect(
      toAuditQuery({ ...DEFAULT_AUDIT_FILTER, to: '2026-12-31' }, 'UTC'),
    ).toEqual({
      to: '2027-01-01T00:00:00.000Z',
      page: 1,
      pageSize: 50,
    });
  });

  it('reads case numbers as the cases search does', () => {
    expect(parseCaseNumber('C-1042')).toBe('C-1042');
    expect(parseCaseNumber(' c1042 ')).toBe('C-1042');
    expect(parseCaseNumber('1042')).toBe('C-1042');
    expect(parseCaseNumber('Sam')).toBeNull();
    expect(parseCaseNumber('12')).toBeNull();
  });

  it('groups every action exactly once, each in plain words', () => {
    const grouped = AUDIT_ACTION_GROUPS.flatMap((group) => group.actions);
    expect([...grouped].sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_ACTION_LABELS[action]).not.toContain('.');
    }
  });
});
