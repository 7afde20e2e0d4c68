import type { InstrumentId } from '@casebook/shared/contracts';
import { COWS, SOWS } from '@casebook/shared/domain';
import type { DraftAssessment } from '@casebook/dashboard/calls/data-access';
import type { InstrumentScore } from '@casebook/dashboard/calls/ui';

/** Adds an empty COWS (a clinician is present) or removes it. */
export function withClinicianPresent(
  assessments: readonly DraftAssessment[],
  present: boolean,
): DraftAssessment[] {
  const others = assessments.filter(
    (assessment) => assessment.instrument !== 'cows',
  );
  return present ? [...others, { instrument: 'cows', answers: {} }] : others;
}

/** How many items of an instrument have an answer. */
export function answeredCount(
  answers: Readonly<Record<string, number | null>>,
): number {
  return Object.values(answers).filter(
    (score) => score !== null && score !== undefined,
  ).length;
}

/** An instrument's score from the call's views; an instrument not started is 0 answered. */
export function instrumentScore(
  assessments: readonly { instrument: InstrumentId; score: InstrumentScore }[],
  instrument: InstrumentId,
): InstrumentScore {
  return (
    assessments.find((assessment) => assessment.instrument === instrument)
      ?.score ?? {
      status: 'partial',
      answered: 0,
      of: (instrument === 'sows' ? SOWS : COWS).items.length,
    }
  );
}
