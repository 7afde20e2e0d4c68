import { ROLES, type Role } from '@casebook/shared/contracts';
import type { CasebookIcon } from '../icons';

/** One place in the side navigation. */
export interface NavEntry {
  label: string;
  /** Router path, absolute. */
  path: string;
  icon: CasebookIcon;
  /** Roles that see the entry; the route's guard must allow the same roles. */
  roles: readonly Role[];
  /** Active only on this exact path (Home would otherwise match everything). */
  exact?: boolean;
  /** One line for the home page's shortcuts. */
  description: string;
}

/**
 * The whole navigation, in order. Later features add their entry here (Cases, Calls,
 * Reports) with the roles that may use it.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    label: 'Home',
    path: '/',
    icon: 'home',
    roles: ROLES,
    exact: true,
    description: 'Your overview',
  },
  {
    label: 'New call',
    path: '/calls/new',
    icon: 'call',
    roles: ['counselor', 'supervisor'],
    exact: true,
    description:
      'Log a call as it happens: caller lookup, SOWS, risk screen, notes (Alt+Shift+N from any page)',
  },
  {
    label: 'My drafts',
    path: '/calls/drafts',
    icon: 'description',
    roles: ['counselor', 'supervisor'],
    exact: true,
    description:
      'Calls you have not finalized, including any kept only on this device',
  },
  {
    label: 'Cases',
    path: '/cases',
    icon: 'folder',
    roles: ['counselor', 'supervisor'],
    description: 'Find a caller’s case, its alert and symptom history',
  },
  {
    label: 'Live board',
    path: '/board',
    icon: 'dashboard',
    roles: ['supervisor'],
    description:
      'Calls in progress, high-risk alerts and overdue call-backs, live',
  },
  {
    label: 'Call-backs',
    path: '/callbacks',
    icon: 'phone_callback',
    roles: ['counselor', 'supervisor'],
    description: 'Your follow-up calls and the team’s, soonest due first',
  },
  {
    label: 'Reports',
    path: '/reports',
    icon: 'bar_chart',
    roles: ['supervisor', 'admin'],
    description:
      'Volume, severity, outcomes and workload for any range; CSV export',
  },
  {
    label: 'Audit trail',
    path: '/audit',
    icon: 'history',
    roles: ['supervisor', 'admin'],
    description: 'Who read or changed which record, and when',
  },
  {
    label: 'Users',
    path: '/users',
    icon: 'group',
    roles: ['admin'],
    description: 'Create accounts, change roles, reset passwords, deactivate',
  },
  {
    label: 'Referral directory',
    path: '/directory',
    icon: 'local_hospital',
    roles: ['admin'],
    description:
      'The services counselors refer callers to: add, correct, retire',
  },
];

/** The entries a role may see, in navigation order; none for nobody. */
export function navEntriesFor(
  role: Role | null,
  entries: readonly NavEntry[] = NAV_ENTRIES,
): NavEntry[] {
  return role ? entries.filter((entry) => entry.roles.includes(role)) : [];
}
