import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseRecord,
  CaseSummary,
  CreateCaseRequest,
  Page,
} from '@casebook/shared/contracts';
import { looksLikePhoneNumber } from '@casebook/shared/domain';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** How the lookup searched: by phone number or by alias/case number. */
export type LookupMode = 'phone' | 'q';

/** How many matches the lookup shows; a longer list is no help with a caller waiting. */
export const LOOKUP_PAGE_SIZE = 8;

/** `phone` when the text looks like a phone number (the shared rule), else `q`. */
export function lookupMode(query: string): LookupMode {
  return looksLikePhoneNumber(query) ? 'phone' : 'q';
}

/**
 * The parts of `/api/cases` the call screen uses: the caller lookup, creating a case
 * inline, and reading the linked case for its alert. The cases feature has its own
 * service for its pages; this one stays small so the call screen loads fast.
 */
@Injectable({ providedIn: 'root' })
export class CaseLookupApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/cases`;

  /** Matches for what the counselor typed: `phone=` for a phone-like text, else `q=`. */
  search(
    query: string,
    mode: LookupMode = lookupMode(query),
  ): Observable<Page<CaseSummary>> {
    const params = new HttpParams()
      .set(mode, query.trim())
      .set('page', 1)
      .set('pageSize', LOOKUP_PAGE_SIZE);
    return this.http.get<Page<CaseSummary>>(this.baseUrl, { params });
  }

  create(request: CreateCaseRequest): Observable<CaseRecord> {
    return this.http.post<CaseRecord>(this.baseUrl, request);
  }

  /** One case (an audited read), for the alert of a call reopened from the server. */
  get(id: string): Observable<CaseRecord> {
    return this.http.get<CaseRecord>(
      `${this.baseUrl}/${encodeURIComponent(id)}`,
    );
  }
}
