import { dateTimeText } from '@casebook/shared/domain';
/** Before this local hour, "tomorrow morning" still means the coming morning (a night shift). */
export const NIGHT_ENDS_AT_HOUR = 5;

/** The hour of "Tomorrow morning". */
export const MORNING_HOUR = 9;

/** "In 2 hours": two hours from now, to the minute. */
export function dueInTwoHours(now: number): Date {
  const due = new Date(now + 2 * 3_600_000);
  due.setSeconds(0, 0);
  return due;
}

/**
 * "Tomorrow morning, 9:00" in local time. Past midnight on a night shift (before 05:00)
 * the caller's "tomorrow" is the morning about to come, so that is today at 9:00, never
 * a day and a half away. Built from local date parts, so a daylight-saving change
 * overnight still lands on 9:00 on the wall clock.
 */
export function dueTomorrowMorning(now: number): Date {
  const today = new Date(now);
  const dayOffset = today.getHours() < NIGHT_ENDS_AT_HOUR ? 0 : 1;
  return new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + dayOffset,
    MORNING_HOUR,
    0,
    0,
    0,
  );
}

/** The reason prefilled on a call-back: "Follow up on call of Tue 25 Nov 2026". */
export function defaultCallbackReason(callStartedAt: string): string {
  const text = dateTimeText(callStartedAt, { style: 'date' });
  return `Follow up on call of ${text}`.trim();
}
