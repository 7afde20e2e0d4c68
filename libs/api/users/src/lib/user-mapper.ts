import type {
  SessionUser,
  StaffMember,
  UserAccount,
} from '@casebook/shared/contracts';
import type { UserEntity } from './user.entity';

export function toUserAccount(user: UserEntity): UserAccount {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  };
}

export function toSessionUser(
  user: Pick<UserEntity, 'id' | 'username' | 'displayName' | 'role'>,
): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
  };
}

export function toStaffMember(
  user: Pick<UserEntity, 'id' | 'displayName' | 'role' | 'active'>,
): StaffMember {
  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
  };
}
