import {
  auditTargets,
  formatDetails,
  type AuditTargetContext,
} from './audit-target';
import { auditEvent, CALL_ID, CASE_ID, SKY_ID } from './testing/audit-fixtures';

describe('what an audit row names', () => {
  const supervisor: AuditTargetContext = {
    canOpenRecords: true,
    staffNames: { [SKY_ID]: 'Sky Supervisor' },
  };

  it('links a case to its page, by the number the row carries; by a short id only when it has none', () => {
    expect(auditTargets(auditEvent('1'), supervisor)).toEqual([
      { kind: 'link', label: 'Case C-1042', commands: ['/cases', CASE_ID] },
    ]);
    expect(
      auditTargets(auditEvent('1', { caseNumber: null }), supervisor),
    ).toEqual([
      { kind: 'link', label: 'Case 11111111', commands: ['/cases', CASE_ID] },
    ]);
  });

  it('gives the row’s case number only to the case the row is about', () => {
    const other = '99999999-2222-4333-8444-555555555555';
    expect(
      auditTargets(auditEvent('1', { entityId: other }), supervisor),
    ).toEqual([
      { kind: 'link', label: 'Case 99999999', commands: ['/cases', other] },
      { kind: 'link', label: 'Case C-1042', commands: ['/cases', CASE_ID] },
    ]);
  });

  it('links a call to its screen and to its case', () => {
    const event = auditEvent('1', {
      action: 'call.finalize',
      entityType: 'call',
      entityId: CALL_ID,
    });
    expect(auditTargets(event, supervisor)).toEqual([
      { kind: 'link', label: 'Call 22222222', commands: ['/calls', CALL_ID] },
      { kind: 'link', label: 'Case C-1042', commands: ['/cases', CASE_ID] },
    ]);
  });

  it('links a call-back to the call-back queues', () => {
    const event = auditEvent('1', {
      action: 'callback.create',
      entityType: 'callback',
      entityId: 'cb-1',
      caseId: null,
    });
    expect(auditTargets(event, supervisor)).toEqual([
      { kind: 'link', label: 'Call-back cb-1', commands: ['/callbacks'] },
    ]);
  });

  it('links a user to that user’s own trail, by name', () => {
    const event = auditEvent('1', {
      action: 'auth.login',
      entityType: 'user',
      entityId: SKY_ID,
      caseId: null,
    });
    expect(auditTargets(event, supervisor)).toEqual([
      {
        kind: 'link',
        label: 'Sky Supervisor',
        commands: ['/audit'],
        queryParams: { userId: SKY_ID },
      },
    ]);
    const unknown = auditEvent('2', {
      action: 'auth.login-failed',
      entityType: 'user',
      entityId: null,
      caseId: null,
    });
    expect(auditTargets(unknown, supervisor)).toEqual([
      { kind: 'text', label: 'Unknown account' },
    ]);
  });

  it('describes a report by the range its details give', () => {
    const event = auditEvent('1', {
      action: 'report.export',
      entityType: 'report',
      entityId: null,
      caseId: null,
      details: {
        from: '2026-03-01',
        to: '2026-03-31',
        tz: 'America/Chicago',
        rows: 120,
      },
    });
    expect(auditTargets(event, supervisor)).toEqual([
      {
        kind: 'text',
        label: 'Report, 2026-03-01 to 2026-03-31 (America/Chicago)',
      },
    ]);
    expect(auditTargets({ ...event, details: {} }, supervisor)).toEqual([
      { kind: 'text', label: 'Report' },
    ]);
  });

  it('links a read of the trail to the trail as it was filtered', () => {
    const event = auditEvent('1', {
      action: 'audit.read',
      entityType: 'audit',
      entityId: null,
      details: { filterUserId: SKY_ID, filterAction: null, results: 3 },
    });
    expect(auditTargets(event, supervisor)[0]).toEqual({
      kind: 'link',
      label: 'Audit trail',
      commands: ['/audit'],
      queryParams: { userId: SKY_ID, caseId: CASE_ID },
    });
  });

  it('names, but does not link, records an admin cannot open', () => {
    const event = auditEvent('1', {
      action: 'call.read',
      entityType: 'call',
      entityId: CALL_ID,
    });
    expect(
      auditTargets(event, { ...supervisor, canOpenRecords: false }),
    ).toEqual([
      { kind: 'text', label: 'Call 22222222' },
      { kind: 'text', label: 'Case C-1042' },
    ]);
  });

  it('says the details as compact key: value pairs, leaving out unused ones', () => {
    expect(formatDetails({ byPhone: false, status: null, results: 4 })).toBe(
      'byPhone: false · results: 4',
    );
    expect(formatDetails({})).toBe('');
  });
});
