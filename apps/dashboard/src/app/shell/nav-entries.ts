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
    label: 'Users',
    path: '/users',
    icon: 'group',
    roles: ['admin'],
    description: 'Create accounts, change roles, reset passwords, deactivate',
  },
];

/** The entries a role may see, in navigation order; none for nobody. */
export function navEntriesFor(
  role: Role | null,
  entries: readonly NavEntry[] = NAV_ENTRIES,
): NavEntry[] {
  return role ? entries.filter((entry) => entry.roles.includes(role)) : [];
}
