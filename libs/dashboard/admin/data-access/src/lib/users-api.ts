import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateUserRequest,
  Page,
  UpdateUserRequest,
  UserAccount,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import type { Observable } from 'rxjs';

/** The admin-only `/api/users` endpoints. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/users`;

  /** One page of accounts; `pageIndex` counts from 0 like MatPaginator, the API's `page` from 1. */
  list(pageIndex: number, pageSize: number): Observable<Page<UserAccount>> {
    const params = new HttpParams()
      .set('page', pageIndex + 1)
      .set('pageSize', pageSize);
    return this.http.get<Page<UserAccount>>(this.baseUrl, { params });
  }

  /** Creates an account; 409 when the username is taken. */
  create(request: CreateUserRequest): Observable<UserAccount> {
    return this.http.post<UserAccount>(this.baseUrl, request);
  }

  /** Changes an account; `{active:false}` also ends the user's sessions at once. */
  update(id: string, changes: UpdateUserRequest): Observable<UserAccount> {
    return this.http.patch<UserAccount>(
      `${this.baseUrl}/${encodeURIComponent(id)}`,
      changes,
    );
  }
}
