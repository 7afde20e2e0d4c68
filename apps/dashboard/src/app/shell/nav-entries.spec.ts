import { ROLES } from '@casebook/shared/contracts';
import { NAV_ENTRIES, navEntriesFor, type NavEntry } from './nav-entries';

describe('navEntriesFor', () => {
  it('gives every role Home, counselors and supervisors the calls and cases, supervisors the live board, supervisors and admins the reports and audit trail, and only the admin Users and the referral directory', () => {
    expect(navEntriesFor('counselor').map((entry) => entry.label)).toEqual([
      'Home',
      'New call',
      'My drafts',
      'Cases',
      'Call-backs',
    ]);
    expect(navEntriesFor('supervisor').map((entry) => entry.label)).toEqual([
      'Home',
      'New call',
      'My drafts',
      'Cases',
      'Live board',
      'Call-backs',
      'Reports',
      'Audit trail',
    ]);
    expect(navEntriesFor('admin').map((entry) => entry.label)).toEqual([
      'Home',
      'Reports',
      'Audit trail',
      'Users',
      'Referral directory',
    ]);
  });

  it('gives nobody signed in nothing', () => {
    expect(navEntriesFor(null)).toEqual([]);
  });

  it('keeps the order of the list and filters by each entry’s roles', () => {
    const entries: NavEntry[] = [
      {
        label: 'Reports',
        path: '/reports',
        icon: 'home',
        roles: ['supervisor'],
        description: '',
      },
      {
        label: 'Cases',
        path: '/cases',
        icon: 'home',
        roles: ['counselor', 'supervisor'],
        description: '',
      },
    ];
    expect(
      navEntriesFor('supervisor', entries).map((entry) => entry.label),
    ).toEqual(['Reports', 'Cases']);
    expect(navEntriesFor('admin', entries)).toEqual([]);
  });

  it('lists every role on at least one entry, so no role has an empty navigation', () => {
    for (const role of ROLES) {
      expect(NAV_ENTRIES.some((entry) => entry.roles.includes(role)))
        .withContext(role)
        .toBeTrue();
    }
  });
});
