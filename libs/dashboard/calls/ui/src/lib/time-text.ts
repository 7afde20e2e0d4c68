import { clockDuration } from '@casebook/dashboard/shared/ui';
import { dateTimeText } from '@casebook/shared/domain';
/** "just now", "12 min ago", "5 h ago", "3 days ago", or a date for anything older than a month. */
export function timeAgo(iso: string | null, now: number): string {
  if (!iso) {
    return '';
  }
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) {
    return '';
  }
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) {
    return 'just now';
  }
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) {
    return `${hours} h ago`;
  }
  const days = Math.round(ms / 86_400_000);
  if (days <= 31) {
    return `${days} days ago`;
  }
  return `on ${dateTimeText(iso, { style: 'date' })}`;
}

/** "4:07" or "1:02:03": elapsed time since `startedAt`. */
export function elapsedText(startedAt: string, until: number): string {
  return clockDuration((until - Date.parse(startedAt)) / 1000);
}

/** The shared format, "Thu 3 Dec 2026, 14:05" in local time (ADR 34); kept as a name the call screens know. */
export function shortDateTime(
  iso: string | null,
  options: { zone?: boolean } = {},
): string {
  return dateTimeText(iso, options);
}

/** `YYYY-MM-DDTHH:mm` in local time, for `<input type="datetime-local">`. */
export function toLocalInputValue(iso: string | null): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The UTC ISO time of a `datetime-local` value (read in local time), or null. */
export function fromLocalInputValue(value: string): string | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
