/**
 * What the audit trail records (42 CFR Part 2, HIPAA): every read of a record, every
 * write, every sign-in. Rows are append-only; no API updates or deletes them.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login-failed',
  'auth.logout',
  'case.create',
  'case.read',
  'case.update',
  'case.search',
  'case.symptoms-read',
  'call.create',
  'call.read',
  'call.update',
  'call.finalize',
  'call.addendum',
  'call.discard',
  'call.list',
  'callback.list',
  'callback.create',
  'callback.update',
  'user.create',
  'user.update',
  'audit.read',
  'report.read',
  'report.export',
  'access.denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Details hold ids, counts and ranges — never record contents. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEvent {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  action: AuditAction;
  entityType:
    | 'case'
    | 'call'
    | 'callback'
    | 'user'
    | 'session'
    | 'report'
    | 'audit'
    | null;
  entityId: string | null;
  caseId: string | null;
  /** The number of the case `caseId` names ("C-1042"); null when there is no case. */
  caseNumber: string | null;
  details: AuditDetails;
}
