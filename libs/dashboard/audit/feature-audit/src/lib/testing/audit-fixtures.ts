import type { AuditEvent, Page, StaffMember } from '@casebook/shared/contracts';

export const CASE_ID = '11111111-2222-4333-8444-555555555555';
export const CALL_ID = '22222222-3333-4444-8555-666666666666';
export const SKY_ID = '33333333-4444-4555-8666-777777777777';
export const DEE_ID = '44444444-5555-4666-8777-888888888888';

/** An event as the API returns it; a supervisor reading case C-1042 unless changed. */
export function auditEvent(
  id: string,
  changes: Partial<AuditEvent> = {},
): AuditEvent {
  return {
    id,
    at: '2026-03-10T14:05:09.000Z',
    userId: SKY_ID,
    username: 'supervisor',
    action: 'case.read',
    entityType: 'case',
    entityId: CASE_ID,
    caseId: CASE_ID,
    // No case, no number: as the API's join gives it.
    caseNumber: changes.caseId === null ? null : 'C-1042',
    details: {},
    ...changes,
  };
}

export function auditPage(
  items: AuditEvent[],
  total = items.length,
  page = 1,
  pageSize = 50,
): Page<AuditEvent> {
  return { items, total, page, pageSize };
}

export const STAFF: StaffMember[] = [
  { id: DEE_ID, displayName: 'Dee Former', role: 'counselor', active: false },
  {
    id: SKY_ID,
    displayName: 'Sky Supervisor',
    role: 'supervisor',
    active: true,
  },
];
