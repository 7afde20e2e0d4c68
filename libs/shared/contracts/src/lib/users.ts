import type { Role } from './roles';

/** An account as the admin screen sees it; never carries a password hash. */
export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** `POST /api/users` body. */
export interface CreateUserRequest {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** `PATCH /api/users/:id` body: any subset; `active:false` deactivates and ends the user's sessions. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  password?: string;
  active?: boolean;
}

/**
 * `GET /api/users/staff` (any signed-in role): every account, active or not, sorted by
 * display name, to pick or name a colleague — a call-back's assignee, the audit trail's
 * user filter. Carries no username, contact detail or PHI.
 */
export interface StaffMember {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
}
