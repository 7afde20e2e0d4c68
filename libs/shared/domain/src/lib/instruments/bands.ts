import type {
  InstrumentDefinition,
  SeverityBand,
} from '@casebook/shared/contracts';

/**
 * The band a total falls in, or null when the total is not an integer inside the
 * instrument's range. Bands are closed ranges `[min, max]`, so a boundary total
 * (COWS 12, 13) belongs to exactly one band.
 */
export function bandFor(
  instrument: Pick<InstrumentDefinition, 'bands'>,
  total: number,
): SeverityBand | null {
  if (!Number.isInteger(total)) {
    return null;
  }
  return (
    instrument.bands.find((band) => total >= band.min && total <= band.max) ??
    null
  );
}

/**
 * Why an instrument's bands are not a clean partition of its total range — a gap,
 * an overlap, or an edge that misses `totalMin`/`totalMax` — or an empty list when
 * they are. Run by the specs over every definition, so a mistyped band is caught.
 */
export function bandCoverageProblems(
  instrument: Pick<InstrumentDefinition, 'bands' | 'totalMin' | 'totalMax'>,
): string[] {
  const problems: string[] = [];
  const bands = [...instrument.bands].sort((a, b) => a.min - b.min);
  if (bands.length === 0) {
    return ['no bands'];
  }
  if (bands[0].min !== instrument.totalMin) {
    problems.push(
      `first band starts at ${bands[0].min}, not ${instrument.totalMin}`,
    );
  }
  const last = bands[bands.length - 1];
  if (last.max !== instrument.totalMax) {
    problems.push(`last band ends at ${last.max}, not ${instrument.totalMax}`);
  }
  for (let i = 0; i < bands.length; i++) {
    if (bands[i].min > bands[i].max) {
      problems.push(
        `band ${bands[i].label} is empty (${bands[i].min}–${bands[i].max})`,
      );
    }
    if (i > 0 && bands[i].min !== bands[i - 1].max + 1) {
      problems.push(
        `bands ${bands[i - 1].label} and ${bands[i].label} do not meet (${bands[i - 1].max} → ${bands[i].min})`,
      );
    }
  }
  return problems;
}
