import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StaffMember } from '@casebook/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';

/**
 * `GET /api/users/staff`: every account (deactivated ones too), sorted by display name,
 * for naming a colleague. Open to every signed-in role; carries no username.
 */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/users/staff`;

  list(): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>(this.baseUrl);
  }
}

/**
 * Who can be handed a call-back: active counselors and supervisors (admins take no calls),
 * minus the ids given (yourself, the current assignee), in the list's order.
 */
export function assignableStaff(
  staff: readonly StaffMember[],
  exclude: readonly (string | null)[] = [],
): StaffMember[] {
  return staff.filter(
    (member) =>
      member.active && member.role !== 'admin' && !exclude.includes(member.id),
  );
}
