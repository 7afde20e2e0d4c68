/** The quick choices for when a call-back is due. */
export type DueChoice = 'in-2-hours' | 'tomorrow-9' | 'custom';

export const DUE_CHOICE_LABELS: Readonly<Record<DueChoice, string>> = {
  'in-2-hours': 'In 2 hours',
  'tomorrow-9': 'Tomorrow 9:00',
  custom: 'Pick a date and time',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Two hours from `now`. */
export function inTwoHours(now: Date): Date {
  return new Date(now.getTime() + 2 * HOUR);
}

/**
 * 9:00 tomorrow on the counselor's own clock (the browser's zone), whatever the time
 * now; across a daylight-saving change too, since the date parts are set, not hours added.
 */
export function tomorrowAtNine(now: Date): Date {
  return new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + 1,
    9,
    0,
    0,
    0,
  );
}

/**
 * The due time a choice means, as a UTC ISO string (the API wants a zone), or null
 * when a custom time is missing or unreadable.
 */
export function resolveDue(
  choice: DueChoice,
  customLocal: string,
  now: Date,
): string | null {
  switch (choice) {
    case 'in-2-hours':
      return inTwoHours(now).toISOString();
    case 'tomorrow-9':
      return tomorrowAtNine(now).toISOString();
    case 'custom':
      return fromLocalInputValue(customLocal);
  }
}

/** The value of an `<input type="datetime-local">` for a time, in the browser's zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The UTC ISO time of a `datetime-local` value read in the browser's zone; null when empty or invalid. */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A span as people say it on the phone: "35 min", "2 h", "2 h 15 min", "3 days". */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0 || hours >= 10
      ? `${Math.round(minutes / 60)} h`
      : `${hours} h ${rest} min`;
  }
  return `${Math.round(minutes / (24 * 60))} days`;
}

/**
 * Due time relative to now: "in 2 h", "overdue by 35 min". `overdue` is the server's
 * word for whether it is late; the clock here only says by how much.
 */
export function relativeDue(
  dueAt: string,
  now: number,
  overdue: boolean,
): string {
  const ms = Date.parse(dueAt) - now;
  if (Number.isNaN(ms)) {
    return '';
  }
  if (overdue && ms >= 0) {
    return 'overdue';
  }
  if (overdue || ms < 0) {
    return `overdue by ${formatSpan(ms)}`;
  }
  return ms < MINUTE ? 'due now' : `in ${formatSpan(ms)}`;
}
