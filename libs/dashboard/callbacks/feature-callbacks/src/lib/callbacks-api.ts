import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Callback,
  CallbackQueue,
  CallbackStatus,
  CreateCallbackRequest,
  Page,
  UpdateCallbackRequest,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** One page (from 1, as the API counts) of one queue, filtered by status. */
export interface CallbackListQuery {
  queue: CallbackQueue;
  status: CallbackStatus;
  page: number;
  pageSize: number;
}

/**
 * The `/api/callbacks` endpoints. `queue=all` is for supervisors (403 for counselors);
 * an update carries the `version` read and fails with 409 when someone changed it since.
 */
@Injectable({ providedIn: 'root' })
export class CallbacksApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/callbacks`;

  /** The queue, soonest due first (overdue ones lead), as the server orders it. */
  list(query: CallbackListQuery): Observable<Page<Callback>> {
    const params = new HttpParams()
      .set('queue', query.queue)
      .set('status', query.status)
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    return this.http.get<Page<Callback>>(this.baseUrl, { params });
  }

  /** Schedules a call-back; 400 names each bad field. */
  create(request: CreateCallbackRequest): Observable<Callback> {
    return this.http.post<Callback>(this.baseUrl, request);
  }

  /** Reschedules, reassigns, cancels or logs an attempt; a `reached` attempt closes it. */
  update(id: string, changes: UpdateCallbackRequest): Observable<Callback> {
    return this.http.patch<Callback>(
      `${this.baseUrl}/${encodeURIComponent(id)}`,
      changes,
    );
  }
}
