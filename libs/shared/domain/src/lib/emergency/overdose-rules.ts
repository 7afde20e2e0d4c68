import type { FieldError, OverdoseResponse } from '@casebook/shared/contracts';
import { CLOCK_SKEW_TOLERANCE_MINUTES } from '../limits/record-limits';

/**
 * What an overdose response must say to be stored: each step ticked once, no tick before
 * the guide was opened nor in the future, and the guide not opened before the call began
 * (a clock's few minutes of drift aside).
 */
export function overdoseResponseProblems(
  response: OverdoseResponse,
  callStartedAt: number | null,
  now: Date,
): FieldError[] {
  const problems: FieldError[] = [];
  const skew = CLOCK_SKEW_TOLERANCE_MINUTES * 60_000;
  const latest = now.getTime() + skew;
  const opened = Date.parse(response.openedAt);
  if (opened > latest)
    problems.push({
      field: 'overdose.openedAt',
      message: 'overdose.openedAt must not be in the future',
    });
  if (callStartedAt !== null && opened < callStartedAt - skew) {
    problems.push({
      field: 'overdose.openedAt',
      message: 'overdose.openedAt cannot be before the call started',
    });
  }
  const seen = new Set<string>();
  response.steps.forEach(({ step, doneAt }, index) => {
    const field = `overdose.steps.${index}`;
    if (seen.has(step))
      problems.push({
        field: `${field}.step`,
        message: `${field}.step: ${step} is ticked twice`,
      });
    seen.add(step);
    const at = Date.parse(doneAt);
    if (at > latest)
      problems.push({
        field: `${field}.doneAt`,
        message: `${field}.doneAt must not be in the future`,
      });
    else if (at < opened - skew) {
      problems.push({
        field: `${field}.doneAt`,
        message: `${field}.doneAt cannot be before the guide was opened`,
      });
    }
  });
  return problems;
}
