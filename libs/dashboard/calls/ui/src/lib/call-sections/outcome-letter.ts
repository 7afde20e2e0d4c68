import { CALL_OUTCOMES, type CallOutcome } from '@casebook/shared/contracts';
import { OUTCOME_LABELS } from '../labels';

/**
 * The outcome a letter key names: the next one after `current`, in the list's order,
 * whose label starts with that letter; null for any other key or a chord.
 */
export function outcomeForLetter(
  event: KeyboardEvent,
  current: CallOutcome | null,
): CallOutcome | null {
  if (
    event.altKey ||
    event.ctrlKey ||
    event.metaKey ||
    !/^[a-z]$/i.test(event.key)
  ) {
    return null;
  }
  const letter = event.key.toLowerCase();
  const start = current ? CALL_OUTCOMES.indexOf(current) + 1 : 0;
  const inTurn = [
    ...CALL_OUTCOMES.slice(start),
    ...CALL_OUTCOMES.slice(0, start),
  ];
  return (
    inTurn.find((outcome) =>
      OUTCOME_LABELS[outcome].toLowerCase().startsWith(letter),
    ) ?? null
  );
}
