const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago", "yesterday", "3 weeks ago"; "just now" under a minute. */
export function relativeTime(iso: string, now: number): string {
  const ms = Date.parse(iso) - now;
  if (Number.isNaN(ms)) {
    return '';
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size) {
      return RELATIVE.format(Math.trunc(ms / size), unit);
    }
  }
  return 'just now';
}

/** Hours as people say them: "45 min", "30 h", then whole days from 3 days: "4 days". */
export function formatHours(hours: number): string {
  if (hours < 1) {
    return `${Math.round(hours * 60)} min`;
  }
  if (hours < 72) {
    return `${Math.round(hours)} h`;
  }
  return `${Math.round(hours / 24)} days`;
}

/** The value of an `<input type="datetime-local">` for a UTC time, in the browser's zone. */
export function toLocalInputValue(iso: string | null): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The UTC ISO time of a `datetime-local` value read in the browser's zone; null when empty or invalid. */
export function fromLocalInputValue(value: string): string | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
