import { CASE_STATUSES, type CaseStatus } from '@casebook/shared/contracts';
import {
  LOOKUP_QUERY_MAX_LENGTH,
  looksLikePhoneNumber,
} from '@casebook/shared/domain';
import type { CaseSearchQuery } from './cases-api';

/** The status filter of the list: one status, or every case. */
export type CaseStatusFilter = CaseStatus | 'all';

/** The status filter's choices, in the order the list offers them. */
export const CASE_STATUS_FILTERS: readonly CaseStatusFilter[] = [
  ...CASE_STATUSES,
  'all',
];

/** Page sizes offered under the case list. */
export const CASE_LIST_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** What the case list shows: the URL holds it, so a search can be shared and the back button works. */
export interface CaseListSearch {
  /** As typed: an alias, a case number ("C-1042", "1042") or a phone number. */
  text: string;
  status: CaseStatusFilter;
  /** From 0, like MatPaginator. */
  pageIndex: number;
  pageSize: number;
}

/** Open cases are the helpline's daily work; closed ones are a filter away. */
export const DEFAULT_CASE_LIST_SEARCH: CaseListSearch = {
  text: '',
  status: 'open',
  pageIndex: 0,
  pageSize: 25,
};

/**
 * The search a URL's query parameters describe (`q`, `status`, `page` from 1, `size`).
 * Anything missing or malformed — a hand-edited link, say — falls back to the default
 * rather than failing, since the URL is a convenience, not an API.
 */
export function searchFromQueryParams(
  params: Readonly<Record<string, unknown>>,
): CaseListSearch {
  const text = first(params['q']);
  const status = first(params['status']);
  const page = Number(first(params['page']));
  const size = Number(first(params['size']));
  return {
    text: (text ?? '').slice(0, LOOKUP_QUERY_MAX_LENGTH),
    status: (CASE_STATUS_FILTERS as readonly string[]).includes(status ?? '')
      ? (status as CaseStatusFilter)
      : DEFAULT_CASE_LIST_SEARCH.status,
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: CASE_LIST_PAGE_SIZES.includes(size)
      ? size
      : DEFAULT_CASE_LIST_SEARCH.pageSize,
  };
}

/**
 * Query parameters for a search; defaults are left out (null removes a parameter when
 * merged by the router) so the plain list has the plain URL `/cases`.
 */
export function searchToQueryParams(
  search: CaseListSearch,
): Record<string, string | number | null> {
  const text = search.text.trim();
  return {
    q: text || null,
    status:
      search.status === DEFAULT_CASE_LIST_SEARCH.status ? null : search.status,
    page: search.pageIndex > 0 ? search.pageIndex + 1 : null,
    size:
      search.pageSize === DEFAULT_CASE_LIST_SEARCH.pageSize
        ? null
        : search.pageSize,
  };
}

/**
 * The API request for a search. Text that looks like a phone number (digits and phone
 * punctuation, 7 or more digits) searches by phone, anything else by alias or case
 * number: "C-1042" and "1042" are case numbers, "(201) 555-0123" a phone.
 */
export function toCaseSearchQuery(search: CaseListSearch): CaseSearchQuery {
  const text = search.text.trim();
  return {
    ...(text && looksLikePhoneNumber(text) ? { phone: text } : {}),
    ...(text && !looksLikePhoneNumber(text) ? { q: text } : {}),
    ...(search.status === 'all' ? {} : { status: search.status }),
    page: search.pageIndex + 1,
    pageSize: search.pageSize,
  };
}

function first(value: unknown): string | null {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : null;
}
