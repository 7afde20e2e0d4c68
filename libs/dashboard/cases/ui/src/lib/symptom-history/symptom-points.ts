import type {
  InstrumentDefinition,
  SeverityBand,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { bandFor } from '@casebook/shared/domain';

/** The band of a complete point: the server's severity, named as the definition names it. */
export function bandOf(
  instrument: InstrumentDefinition,
  point: SymptomHistoryPoint,
): SeverityBand | null {
  if (point.total === null) {
    return null;
  }
  return (
    instrument.bands.find((band) => band.severity === point.severity) ??
    bandFor(instrument, point.total)
  );
}

/** How many of the instrument's items a point answered. */
export function answeredCount(
  instrument: InstrumentDefinition,
  point: SymptomHistoryPoint,
): number {
  return instrument.items.filter((item) => {
    const score = point.answers[item.id];
    return score !== null && score !== undefined;
  }).length;
}
