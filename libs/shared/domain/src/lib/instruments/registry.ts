import {
  INSTRUMENT_IDS,
  type InstrumentDefinition,
  type InstrumentId,
} from '@casebook/shared/contracts';
import { COWS } from './cows';
import { SOWS } from './sows';

/** Every instrument, in the order the dashboard offers them: SOWS first, as it fits a phone call. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = Object.freeze([
  SOWS,
  COWS,
]);

const BY_ID = new Map<string, InstrumentDefinition>(
  INSTRUMENTS.map((instrument) => [instrument.id, instrument]),
);

/** True when `value` names an instrument Casebook scores. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return (
    typeof value === 'string' &&
    (INSTRUMENT_IDS as readonly string[]).includes(value)
  );
}

/**
 * The definition for an id, or null. Looks up a Map, not an object, so ids such as
 * `"__proto__"` or `"constructor"` from a client find nothing.
 */
export function getInstrument(id: string): InstrumentDefinition | null {
  return BY_ID.get(id) ?? null;
}
