import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateResourceRequest,
  Page,
  ReferralResource,
  ReferralType,
  UpdateResourceRequest,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** What the directory list asks the server for. */
export interface ResourceSearch {
  /** Free text; blank means no text filter. */
  query: string;
  resourceType: ReferralType | null;
  /** Counts from 0 like MatPaginator; the API's `page` counts from 1. */
  pageIndex: number;
  pageSize: number;
}

/** The `/api/resources` endpoints as an admin uses them. */
@Injectable({ providedIn: 'root' })
export class ResourcesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/resources`;

  /** One page of entries, retired ones included: admins manage those too. */
  list(search: ResourceSearch): Observable<Page<ReferralResource>> {
    let params = new HttpParams()
      .set('includeInactive', true)
      .set('page', search.pageIndex + 1)
      .set('pageSize', search.pageSize);
    const query = search.query.trim();
    if (query) {
      params = params.set('q', query);
    }
    if (search.resourceType) {
      params = params.set('type', search.resourceType);
    }
    return this.http.get<Page<ReferralResource>>(this.baseUrl, { params });
  }

  /** Adds an entry; 400 with `fields` names what the server refused. */
  create(request: CreateResourceRequest): Observable<ReferralResource> {
    return this.http.post<ReferralResource>(this.baseUrl, request);
  }

  /** Changes an entry; 409 when `version` is no longer the stored one. */
  update(
    id: string,
    changes: UpdateResourceRequest,
  ): Observable<ReferralResource> {
    return this.http.patch<ReferralResource>(
      `${this.baseUrl}/${encodeURIComponent(id)}`,
      changes,
    );
  }
}
