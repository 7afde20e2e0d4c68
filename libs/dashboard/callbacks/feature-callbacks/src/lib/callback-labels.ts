import type {
  CallbackAttemptResult,
  CallbackQueue,
  CallbackStatus,
} from '@casebook/shared/contracts';

export const ATTEMPT_RESULT_LABELS: Readonly<
  Record<CallbackAttemptResult, string>
> = {
  reached: 'Reached',
  'no-answer': 'No answer',
  'left-no-message': 'Left no message',
};

export const QUEUE_LABELS: Readonly<Record<CallbackQueue, string>> = {
  mine: 'Mine',
  team: 'Team',
  all: 'All',
};

export const STATUS_LABELS: Readonly<Record<CallbackStatus, string>> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
};

export function attemptResultLabel(result: CallbackAttemptResult): string {
  return ATTEMPT_RESULT_LABELS[result];
}
