import type { CallDraft } from '@casebook/dashboard/calls/data-access';
import type { NamedSubstances } from '@casebook/shared/domain';

/** What the caller uses, as recorded on this call (filled from the linked case until changed). */
export function namedSubstances(call: CallDraft): NamedSubstances {
  return {
    primary: call.content.substance,
    coUsed: call.content.coUsedSubstances,
  };
}
