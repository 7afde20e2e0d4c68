import type { ApiError } from '@casebook/shared/contracts';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import {
  auditFeature,
  initialAuditState,
  type AuditState,
} from './audit.feature';
import { DEFAULT_AUDIT_FILTER } from './audit-filter';
import {
  auditEvent,
  auditPage,
  CASE_ID,
  STAFF,
  SKY_ID,
} from './testing/audit-fixtures';

const reducer = auditFeature.reducer;

function select<T>(
  selector: (state: { audit: AuditState }) => T,
  state: AuditState,
): T {
  return selector({ audit: state });
}

describe('audit feature', () => {
  const error: ApiError = {
    statusCode: 500,
    error: 'Internal Server Error',
    message: 'Try again in a moment.',
  };

  it('shows nothing of the old filter while the new one loads', () => {
    const loaded = reducer(
      initialAuditState,
      AuditApiActions.eventsLoaded({ page: auditPage([auditEvent('a')], 1) }),
    );
    const next = reducer(
      loaded,
      AuditPageActions.filterChanged({
        filter: { ...DEFAULT_AUDIT_FILTER, caseId: CASE_ID },
      }),
    );
    expect(select(auditFeature.selectEvents, next)).toEqual([]);
    expect(next.loading).toBeTrue();
    expect(next.loaded).toBeFalse();
    expect(select(auditFeature.selectQuery, next)).toEqual({
      caseId: CASE_ID,
      page: 1,
      pageSize: 50,
    });
  });

  it('keeps the server’s order and total, and says why a load failed', () => {
    const rows = [auditEvent('new'), auditEvent('old')];
    const loaded = reducer(
      initialAuditState,
      AuditApiActions.eventsLoaded({ page: auditPage(rows, 120) }),
    );
    expect(
      select(auditFeature.selectEvents, loaded).map((row) => row.id),
    ).toEqual(['new', 'old']);
    expect(select(auditFeature.selectPaging, loaded)).toEqual({
      pageIndex: 0,
      pageSize: 50,
      total: 120,
    });
    const failed = reducer(
      reducer(loaded, AuditPageActions.retryClicked()),
      AuditApiActions.eventsLoadFailed({ error }),
    );
    expect(failed.loadError).toEqual(error);
    expect(failed.loading).toBeFalse();
  });

  it('names staff by id, and remembers case numbers looked up', () => {
    const withStaff = reducer(
      initialAuditState,
      AuditApiActions.staffLoaded({ staff: STAFF }),
    );
    expect(select(auditFeature.selectStaffNames, withStaff)[SKY_ID]).toBe(
      'Sky Supervisor',
    );
    const searching = reducer(
      withStaff,
      AuditPageActions.caseNumberSubmitted({
        caseNumber: 'C-1042',
        filter: DEFAULT_AUDIT_FILTER,
      }),
    );
    expect(searching.caseLookup.status).toBe('searching');
    const found = reducer(
      searching,
      AuditApiActions.caseFound({
        caseId: CASE_ID,
        caseNumber: 'C-1042',
        filter: DEFAULT_AUDIT_FILTER,
      }),
    );
    expect(found.caseNumbers).toEqual({ [CASE_ID]: 'C-1042' });
    expect(found.caseLookup.status).toBe('idle');
    expect(
      reducer(searching, AuditApiActions.caseNotFound({ caseNumber: 'C-1042' }))
        .caseLookup.status,
    ).toBe('not-found');
  });
});
