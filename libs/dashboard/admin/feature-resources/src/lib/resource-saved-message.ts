import type { ReferralResource } from '@casebook/shared/contracts';
import type { ResourceChange } from './resources.actions';

/** The success message for each kind of change. */
export function resourceSavedMessage(
  resource: ReferralResource,
  change: ResourceChange,
): string {
  switch (change) {
    case 'created':
      return `${resource.name} added to the directory.`;
    case 'edited':
      return `Saved changes to ${resource.name}.`;
    case 'retired':
      return `${resource.name} is retired. Counselors no longer see it.`;
    case 'restored':
      return `${resource.name} is back in the directory.`;
  }
}

/** Shown when a change lost the race with someone else's (HTTP 409). */
export function staleResourceMessage(
  resource: ReferralResource | null,
): string {
  const what = resource ? resource.name : 'This entry';
  return `${what} was changed since you loaded it. The list now shows the latest version; make your change again.`;
}
