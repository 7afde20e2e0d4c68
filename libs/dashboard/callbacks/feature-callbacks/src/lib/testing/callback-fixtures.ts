import type { Callback, Page, StaffMember } from '@casebook/shared/contracts';

/** A call-back as the API returns it; open, the team's, due in an hour unless changed. */
export function callback(
  id: string,
  changes: Partial<Callback> = {},
): Callback {
  return {
    id,
    caseId: `case-${id}`,
    caseNumber: `C-10${id}`,
    caseAlias: `Alias ${id}`,
    caseAlert: null,
    sourceCallId: null,
    assignedToId: null,
    assignedToName: null,
    dueAt: '2026-03-10T15:00:00.000Z',
    overdue: false,
    reason: `Reason ${id}`,
    status: 'open',
    attempts: [],
    createdById: 'user-1',
    createdAt: '2026-03-10T10:00:00.000Z',
    updatedAt: '2026-03-10T10:00:00.000Z',
    version: 1,
    ...changes,
  };
}

export function page(items: Callback[], total = items.length): Page<Callback> {
  return { items, total, page: 1, pageSize: 50 };
}

/** `GET /api/users/staff` as the specs answer it; "Sam" (id `me`) is the signed-in user. */
export const STAFF: StaffMember[] = [
  { id: 'a', displayName: 'Alex Admin', role: 'admin', active: true },
  { id: 'c', displayName: 'Casey Counselor', role: 'counselor', active: true },
  { id: 'g', displayName: 'Gale Gone', role: 'counselor', active: false },
  { id: 'me', displayName: 'Sam', role: 'counselor', active: true },
  { id: 's', displayName: 'Sky Supervisor', role: 'supervisor', active: true },
];
