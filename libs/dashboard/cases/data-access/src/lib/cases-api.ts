import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CallRecord,
  CallSummary,
  CaseRecord,
  CaseStatus,
  CaseSummary,
  CreateCaseRequest,
  Page,
  SymptomHistory,
  UpdateCaseRequest,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/**
 * A case search. `q` is part of an alias or a case number ("C-1042", "1042"); `phone` is
 * a whole number in any format or at least 3 of its digits. `page` counts from 1, as the
 * API does (MatPaginator's `pageIndex` + 1); `pageSize` is at most 200.
 */
export interface CaseSearchQuery {
  q?: string;
  phone?: string;
  status?: CaseStatus;
  page: number;
  pageSize: number;
}

/**
 * The `/api/cases` endpoints, and the calls of a case. Counselors and supervisors may
 * use all of them; every read of a case is audited by the server.
 */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);
  private readonly apiUrl = inject(API_BASE_URL);
  private readonly baseUrl = `${this.apiUrl}/cases`;

  /** Cases matching the query, recent callers first. Empty parts are left out of the URL. */
  search(query: CaseSearchQuery): Observable<Page<CaseSummary>> {
    let params = new HttpParams()
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    const q = query.q?.trim();
    const phone = query.phone?.trim();
    if (q) {
      params = params.set('q', q);
    }
    if (phone) {
      params = params.set('phone', phone);
    }
    if (query.status) {
      params = params.set('status', query.status);
    }
    return this.http.get<Page<CaseSummary>>(this.baseUrl, { params });
  }

  /** One case, with the `version` an update must carry. The server audits the read. */
  get(id: string): Observable<CaseRecord> {
    return this.http.get<CaseRecord>(this.caseUrl(id));
  }

  /** Opens a case; the server gives it its case number and normalizes the phone. */
  create(request: CreateCaseRequest): Observable<CaseRecord> {
    return this.http.post<CaseRecord>(this.baseUrl, request);
  }

  /**
   * Changes a case. `changes.version` must be the version read; a stale one fails with
   * 409 whose body is a `StaleCaseError` carrying the case as it now stands.
   */
  update(id: string, changes: UpdateCaseRequest): Observable<CaseRecord> {
    return this.http.patch<CaseRecord>(this.caseUrl(id), changes);
  }

  /** Assessments of the case's finalized calls, oldest first. */
  symptoms(id: string): Observable<SymptomHistory> {
    return this.http.get<SymptomHistory>(`${this.caseUrl(id)}/symptoms`);
  }

  /** One page (from 1) of the case's calls, newest first. */
  calls(
    caseId: string,
    page: number,
    pageSize: number,
  ): Observable<Page<CallSummary>> {
    const params = new HttpParams()
      .set('caseId', caseId)
      .set('page', page)
      .set('pageSize', pageSize);
    return this.http.get<Page<CallSummary>>(`${this.apiUrl}/calls`, {
      params,
    });
  }

  /** One call in full: notes, assessments, risk screen and addenda. */
  call(id: string): Observable<CallRecord> {
    return this.http.get<CallRecord>(
      `${this.apiUrl}/calls/${encodeURIComponent(id)}`,
    );
  }

  private caseUrl(id: string): string {
    return `${this.baseUrl}/${encodeURIComponent(id)}`;
  }
}
