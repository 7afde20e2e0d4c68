import type { UserAccount } from '@casebook/shared/contracts';
import type { UserChange } from './users.actions';

/** The success message for each kind of change. */
export function userSavedMessage(
  user: UserAccount,
  change: UserChange,
): string {
  switch (change) {
    case 'created':
      return `Account ${user.username} created.`;
    case 'profile':
      return `Saved changes to ${user.displayName}.`;
    case 'password':
      return `New password set for ${user.username}.`;
    case 'deactivated':
      return `${user.displayName} is deactivated. Their sessions have ended.`;
    case 'reactivated':
      return `${user.displayName} can sign in again.`;
  }
}
