import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CallRecord,
  CallSummary,
  CreateCallRequest,
  Page,
  UpdateCallRequest,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import { map, type Observable } from 'rxjs';

/** The reply to a create: `created` is false when the server already had a call with our id. */
export interface CreateCallResult {
  record: CallRecord;
  created: boolean;
}

/** The `/api/calls` endpoints. */
@Injectable({ providedIn: 'root' })
export class CallsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/calls`;

  /**
   * Starts a draft with our own id. The same id again answers 200 with the draft the
   * server already has — possibly older content, which the caller then PATCHes.
   */
  create(request: CreateCallRequest): Observable<CreateCallResult> {
    return this.http
      .post<CallRecord>(this.baseUrl, request, { observe: 'response' })
      .pipe(
        map((response) => ({
          record: response.body as CallRecord,
          created: response.status === 201,
        })),
      );
  }

  /** Autosave: the fields sent replace the stored ones. No `version`: last write wins for the owner. */
  update(id: string, changes: UpdateCallRequest): Observable<CallRecord> {
    return this.http.patch<CallRecord>(this.url(id), changes);
  }

  /** Makes the call final (read-only); `endedAt` becomes now if missing. */
  finalize(id: string): Observable<CallRecord> {
    return this.http.post<CallRecord>(`${this.url(id)}/finalize`, {});
  }

  /**
   * Sets a draft aside (ADR 32). `onlyIfEmpty`: only when the server's copy records
   * nothing; a draft with content answers 409 and is kept.
   */
  discard(id: string, onlyIfEmpty = false): Observable<CallRecord> {
    return this.http.post<CallRecord>(
      `${this.url(id)}/discard`,
      onlyIfEmpty ? { onlyIfEmpty } : {},
    );
  }

  /** A dated addendum, signed by the server with the current user. */
  addAddendum(id: string, text: string): Observable<CallRecord> {
    return this.http.post<CallRecord>(`${this.url(id)}/addenda`, { text });
  }

  get(id: string): Observable<CallRecord> {
    return this.http.get<CallRecord>(this.url(id));
  }

  /** One page of a counselor's drafts, newest first; `pageIndex` counts from 0. */
  listDrafts(
    counselorId: string,
    pageIndex: number,
    pageSize: number,
  ): Observable<Page<CallSummary>> {
    const params = new HttpParams()
      .set('status', 'draft')
      .set('counselorId', counselorId)
      .set('page', pageIndex + 1)
      .set('pageSize', pageSize);
    return this.http.get<Page<CallSummary>>(this.baseUrl, { params });
  }

  private url(id: string): string {
    return `${this.baseUrl}/${encodeURIComponent(id)}`;
  }
}
