import type { Role } from '@casebook/shared/contracts';

/** What each role may do, in the words of DESIGN.md's role table. */
export const ROLE_ABILITIES: Readonly<Record<Role, readonly string[]>> = {
  counselor: [
    'Log calls while they happen',
    'Create and update cases',
    'Read any case (every read is audited)',
    'Manage your own call-backs',
  ],
  supervisor: [
    'Everything a counselor can do',
    'Run reports on volume, severity, outcomes and workload',
    'Export calls as CSV',
    'Review the audit log',
    'See and manage all call-backs',
  ],
  admin: [
    'Create user accounts',
    'Change display names and roles',
    'Reset passwords',
    'Deactivate and reactivate accounts',
  ],
};

/** A line under the list where a role's limits matter as much as its abilities. */
export const ROLE_NOTES: Readonly<Partial<Record<Role, string>>> = {
  admin: 'Administrators manage accounts only and see no case records.',
};
