import type {
  InstrumentId,
  Severity,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { SOWS_ITEM_IDS } from '@casebook/shared/domain';

/** A SOWS assessment whose items add up to `total` (or partial when `total` is null). */
export function sowsPoint(
  id: string,
  recordedAt: string,
  total: number | null,
  severity: Severity | null,
  hoursSinceLastUse: number | null,
): SymptomHistoryPoint {
  const answers: Record<string, number | null> = {};
  let left = total ?? 0;
  SOWS_ITEM_IDS.forEach((itemId, index) => {
    if (total === null && index >= 10) {
      answers[itemId] = null;
      return;
    }
    const score = Math.min(4, left);
    answers[itemId] = score;
    left -= score;
  });
  return {
    callId: `call-${id}`,
    assessmentId: id,
    recordedAt,
    instrument: 'sows' as InstrumentId,
    answers,
    status: total === null ? 'partial' : 'complete',
    total,
    severity,
    hoursSinceLastUse,
  };
}
