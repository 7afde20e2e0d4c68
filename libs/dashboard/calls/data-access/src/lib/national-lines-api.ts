import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page, ReferralResource } from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** More than the directory will ever mark national; one page holds them all. */
export const NATIONAL_LINES_PAGE_SIZE = 50;

/** The directory's active national lines (988 and the rest), which the emergency panels read. */
@Injectable({ providedIn: 'root' })
export class NationalLinesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(): Observable<Page<ReferralResource>> {
    const params = new HttpParams()
      .set('national', true)
      .set('pageSize', NATIONAL_LINES_PAGE_SIZE);
    return this.http.get<Page<ReferralResource>>(`${this.baseUrl}/resources`, {
      params,
    });
  }
}
