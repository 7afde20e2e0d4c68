import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Callback,
  CallbackQueue,
  CallbackStatusFilter,
  CreateCallbackRequest,
  Page,
  ReferralResource,
  ReferralType,
  UpdateCallbackRequest,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** How many directory entries the referral autocomplete offers. */
export const DIRECTORY_PAGE_SIZE = 10;

/** The most open call-backs one queue read brings back when looking for a call-back's version. */
export const CALLBACK_LOOKUP_PAGE_SIZE = 200;

/** Open call-backs of one case listed in the call-back panel (the total is shown beyond them). */
export const CASE_CALLBACKS_PAGE_SIZE = 20;

/**
 * The parts of `/api/callbacks` and `/api/resources` the call screen uses: scheduling a
 * call-back, logging an attempt on the one a call was started from, and the referral
 * directory. The call-backs feature has its own service for its queue pages.
 */
@Injectable({ providedIn: 'root' })
export class CallCallbacksApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  schedule(request: CreateCallbackRequest): Observable<Callback> {
    return this.http.post<Callback>(`${this.baseUrl}/callbacks`, request);
  }

  /** One queue's open call-backs: there is no read by id, so this is how a version is found. */
  listOpen(queue: CallbackQueue): Observable<Page<Callback>> {
    const params = new HttpParams()
      .set('queue', queue)
      .set('status', 'open')
      .set('pageSize', CALLBACK_LOOKUP_PAGE_SIZE);
    return this.http.get<Page<Callback>>(`${this.baseUrl}/callbacks`, {
      params,
    });
  }

  /** One case's call-backs whoever holds them (the read is audited against the case). */
  listForCase(
    caseId: string,
    status: CallbackStatusFilter = 'open',
  ): Observable<Page<Callback>> {
    const params = new HttpParams()
      .set('caseId', caseId)
      .set('status', status)
      .set('pageSize', CASE_CALLBACKS_PAGE_SIZE);
    return this.http.get<Page<Callback>>(`${this.baseUrl}/callbacks`, {
      params,
    });
  }

  /** The call-backs scheduled from one call, whatever became of them. */
  listFromCall(callId: string): Observable<Page<Callback>> {
    const params = new HttpParams()
      .set('sourceCallId', callId)
      .set('status', 'any')
      .set('pageSize', CASE_CALLBACKS_PAGE_SIZE);
    return this.http.get<Page<Callback>>(`${this.baseUrl}/callbacks`, {
      params,
    });
  }

  /** One directory entry, retired or not: a record names the entry it referred to. */
  getResource(id: string): Observable<ReferralResource> {
    return this.http.get<ReferralResource>(
      `${this.baseUrl}/resources/${encodeURIComponent(id)}`,
    );
  }

  update(id: string, changes: UpdateCallbackRequest): Observable<Callback> {
    return this.http.patch<Callback>(
      `${this.baseUrl}/callbacks/${encodeURIComponent(id)}`,
      changes,
    );
  }

  /** Directory entries of one referral type matching what was typed. */
  searchDirectory(
    type: ReferralType,
    query: string,
  ): Observable<Page<ReferralResource>> {
    const params = new HttpParams()
      .set('q', query.trim())
      .set('type', type)
      .set('pageSize', DIRECTORY_PAGE_SIZE);
    return this.http.get<Page<ReferralResource>>(`${this.baseUrl}/resources`, {
      params,
    });
  }
}
