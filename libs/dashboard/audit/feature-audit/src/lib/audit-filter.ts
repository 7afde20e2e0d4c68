import { AUDIT_ACTIONS, type AuditAction } from '@casebook/shared/contracts';
import {
  isCalendarDate,
  nextDate,
  startOfLocalDay,
} from '@casebook/shared/domain';

/** Page sizes offered under the trail. */
export const AUDIT_PAGE_SIZES: readonly number[] = [25, 50, 100];

/**
 * What the trail shows. The URL holds it (`?userId=&caseId=&action=&from=&to=&page=&size=`),
 * so other screens can link to a pre-filtered trail and the back button returns to a search.
 */
export interface AuditFilter {
  userId: string | null;
  caseId: string | null;
  action: AuditAction | null;
  /** First local calendar day shown, `YYYY-MM-DD`, or null for no lower bound. */
  from: string | null;
  /** Last local calendar day shown (included), `YYYY-MM-DD`, or null for up to now. */
  to: string | null;
  /** From 0, like MatPaginator. */
  pageIndex: number;
  pageSize: number;
}

/** Everything, newest first. */
export const DEFAULT_AUDIT_FILTER: AuditFilter = {
  userId: null,
  caseId: null,
  action: null,
  from: null,
  to: null,
  pageIndex: 0,
  pageSize: 50,
};

/** The request `GET /api/audit` takes: ids, one action, zoned instants, the page from 1. */
export interface AuditQuery {
  userId?: string;
  caseId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an id as the API hands them out (any UUID version, as the API validates). */
export function isId(text: string): boolean {
  return UUID.test(text.trim());
}

/** The reader's IANA time zone, whose days the date filters mean. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The filter a URL's query parameters describe. Anything missing or malformed — a
 * hand-edited link — is left out rather than sent to the API for a 400, since the URL
 * is a convenience, not an API.
 */
export function filterFromQueryParams(
  params: Readonly<Record<string, unknown>>,
): AuditFilter {
  const userId = first(params['userId']);
  const caseId = first(params['caseId']);
  const action = first(params['action']);
  const from = first(params['from']);
  const to = first(params['to']);
  const page = Number(first(params['page']));
  const size = Number(first(params['size']));
  return {
    userId: userId && isId(userId) ? userId.trim() : null,
    caseId: caseId && isId(caseId) ? caseId.trim() : null,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action ?? '')
      ? (action as AuditAction)
      : null,
    from: from && isCalendarDate(from) ? from : null,
    to: to && isCalendarDate(to) ? to : null,
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: AUDIT_PAGE_SIZES.includes(size)
      ? size
      : DEFAULT_AUDIT_FILTER.pageSize,
  };
}

/**
 * Query parameters for a filter; what is not set is null, which removes it when the
 * router merges, so the unfiltered trail is plain `/audit`.
 */
export function filterToQueryParams(
  filter: AuditFilter,
): Record<string, string | number | null> {
  return {
    userId: filter.userId,
    caseId: filter.caseId,
    action: filter.action,
    from: filter.from,
    to: filter.to,
    page: filter.pageIndex > 0 ? filter.pageIndex + 1 : null,
    size:
      filter.pageSize === DEFAULT_AUDIT_FILTER.pageSize
        ? null
        : filter.pageSize,
  };
}

/**
 * The API request for a filter. Days are the reader's local days in `tz`: `from` is the
 * first instant of the from-day, `to` the first instant of the day after the to-day (a
 * daylight-saving day is 23 or 25 hours long), both sent as UTC ISO instants, since the
 * API wants a zone on every timestamp.
 */
export function toAuditQuery(
  filter: AuditFilter,
  tz = readerTimeZone(),
): AuditQuery {
  const instant = (date: string): string =>
    new Date(startOfLocalDay(date, tz)).toISOString();
  return {
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.caseId ? { caseId: filter.caseId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from ? { from: instant(filter.from) } : {}),
    ...(filter.to ? { to: instant(nextDate(filter.to)) } : {}),
    page: filter.pageIndex + 1,
    pageSize: filter.pageSize,
  };
}

/** True when some filter (not the paging) narrows the trail. */
export function isFiltered(filter: AuditFilter): boolean {
  return Boolean(
    filter.userId || filter.caseId || filter.action || filter.from || filter.to,
  );
}

/**
 * The case number a text names, as the API writes them ("C-1042"), or null. Accepts what
 * the cases API's search accepts: "C-1042", "c1042", "1042".
 */
export function parseCaseNumber(text: string): string | null {
  const match = /^c?-?\s*(\d{4,9})$/i.exec(text.trim());
  return match ? `C-${Number(match[1])}` : null;
}

function first(value: unknown): string | null {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : null;
}
