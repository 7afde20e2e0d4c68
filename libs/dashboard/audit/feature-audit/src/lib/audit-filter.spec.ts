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
    expect(filterFromQueryParams({ ...params, page: '3', size: '100' })).toEqual(filtered);
  });

  it('opens a link naming only an action or a case, on the first page', () => {
    expect(filterFromQueryParams({ action: 'report.export' })).toEqual({
      ...DEFAULT_AUDIT_FILTER,
      action: 'report.export',
    });
    expect(filterFromQueryParams({ caseId: CASE_ID })).toEqual({ ...DEFAULT_AUDIT_FILTER, caseId: CASE_ID });
  });

  it('leaves the plain trail at the plain URL', () => {
    expect(Object.values(filterToQueryParams(DEFAULT_AUDIT_FILTER)).every((value) => value === null)).toBeTrue();
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

  it('sends local days as zoned instants: the from-day’s start, the start of the day after the to-day', () => {
    const query = toAuditQuery(filtered);
    expect(query).toEqual({
      userId: SKY_ID,
      caseId: CASE_ID,
      action: 'report.export',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
      page: 3,
      pageSize: 100,
    });
    expect(query.from).toMatch(/Z$/);
    expect(Date.parse(query.to ?? '') - Date.parse(query.from ?? '')).toBeGreaterThan(30 * 23 * 3600_000);
  });

  it('leaves out of the request what is not filtered', () => {
    expect(toAuditQuery(DEFAULT_AUDIT_FILTER)).toEqual({ page: 1, pageSize: 50 });
    expect(toAuditQuery({ ...DEFAULT_AUDIT_FILTER, to: '2026-12-31' })).toEqual({
      to: new Date(2027, 0, 1).toISOString(),
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
