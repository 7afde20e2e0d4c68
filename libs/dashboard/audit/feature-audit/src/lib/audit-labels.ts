import type { AuditAction } from '@casebook/shared/contracts';

/** Each action in plain words, as the trail and its filter say it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'auth.login': 'Signed in',
  'auth.login-failed': 'Sign-in failed',
  'auth.logout': 'Signed out',
  'case.create': 'Opened a case',
  'case.read': 'Read a case',
  'case.update': 'Changed a case',
  'case.search': 'Searched cases',
  'case.symptoms-read': 'Read a symptom history',
  'call.create': 'Started a call record',
  'call.read': 'Read a call',
  'call.update': 'Saved a call draft',
  'call.finalize': 'Finalized a call',
  'call.addendum': 'Added an addendum',
  'call.discard': 'Discarded a call draft',
  'call.list': 'Listed calls',
  'callback.list': 'Listed call-backs',
  'callback.create': 'Scheduled a call-back',
  'callback.update': 'Changed a call-back',
  'user.create': 'Created an account',
  'user.update': 'Changed an account',
  'audit.read': 'Read the audit trail',
  'report.read': 'Ran a report',
  'report.export': 'Exported calls (CSV)',
  'access.denied': 'Was refused access',
};

/** A heading of the action filter and the actions under it. */
export interface AuditActionGroup {
  label: string;
  actions: readonly AuditAction[];
}

/**
 * The action filter's groups. Every action is in exactly one (a spec checks it against
 * AUDIT_ACTIONS, so a new action cannot go missing from the filter).
 */
export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  {
    label: 'Cases',
    actions: [
      'case.read',
      'case.create',
      'case.update',
      'case.search',
      'case.symptoms-read',
    ],
  },
  {
    label: 'Calls',
    actions: [
      'call.read',
      'call.create',
      'call.update',
      'call.finalize',
      'call.addendum',
      'call.discard',
      'call.list',
    ],
  },
  {
    label: 'Call-backs',
    actions: ['callback.list', 'callback.create', 'callback.update'],
  },
  {
    label: 'Reports and audit',
    actions: ['report.read', 'report.export', 'audit.read'],
  },
  {
    label: 'Sign-in and access',
    actions: [
      'auth.login',
      'auth.login-failed',
      'auth.logout',
      'access.denied',
    ],
  },
  { label: 'Accounts', actions: ['user.create', 'user.update'] },
];
