import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  AuditEvent,
  Page,
  StaffMember,
} from '@casebook/shared/contracts';
import type { AuditFilter } from './audit-filter';

/** What the supervisor or admin does on the audit trail. */
export const AuditPageActions = createActionGroup({
  source: 'Audit Page',
  events: {
    /** The page opened: the staff list for the user filter is read once. */
    Opened: emptyProps(),
    /** The URL's filter changed (a link, an applied filter, a page turned, the back button). */
    'Filter Changed': props<{ filter: AuditFilter }>(),
    'Retry Clicked': emptyProps(),
    /** A case number ("C-1042") was applied: its id is looked up, then `filter` shown for it. */
    'Case Number Submitted': props<{
      caseNumber: string;
      filter: AuditFilter;
    }>(),
  },
});

/** Results of `/api/audit`, `/api/users/staff` and the case-number lookup. */
export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    'Events Loaded': props<{ page: Page<AuditEvent> }>(),
    'Events Load Failed': props<{ error: ApiError }>(),
    'Staff Loaded': props<{ staff: StaffMember[] }>(),
    'Staff Load Failed': props<{ error: ApiError }>(),
    'Case Found': props<{
      caseId: string;
      caseNumber: string;
      filter: AuditFilter;
    }>(),
    'Case Not Found': props<{ caseNumber: string }>(),
    'Case Lookup Failed': props<{ error: ApiError }>(),
  },
});
