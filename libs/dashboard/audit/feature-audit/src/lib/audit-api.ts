import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEvent, Page } from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';
import type { AuditQuery } from './audit-filter';

/**
 * `GET /api/audit` (supervisors and admins), newest first. Each read is itself recorded
 * in the trail, so the page asks only when a filter is applied or a page turned.
 */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);
  private readonly apiUrl = inject(API_BASE_URL);

  /** One page of events; parts of the query that are not set are left out of the URL. */
  list(query: AuditQuery): Observable<Page<AuditEvent>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) {
        params = params.set(key, value);
      }
    }
    return this.http.get<Page<AuditEvent>>(`${this.apiUrl}/audit`, { params });
  }
}
