import type { CallDraft } from '@casebook/dashboard/calls/data-access';
import type { PrimarySubstance } from '@casebook/shared/contracts';

/** What the caller uses, as their linked case says; null for an anonymous or unlinked call. */
export function linkedSubstance(call: CallDraft): PrimarySubstance | null {
  return call.caseChoice === 'linked' ? (call.linkedCase?.primarySubstance ?? null) : null;
}
