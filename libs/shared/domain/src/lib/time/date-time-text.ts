/**
 * The one way Casebook writes a date or a time on screen (ADR 34): the reader's local time,
 * the month as a word (no 3/12 against 12/3 between US and other staff), a 24-hour clock
 * (no am/pm misread in a record), and the zone where a time is acted on or is part of the
 * record ("Thu 3 Dec 2026, 14:05 CST"). Dates are stored and sent in UTC; only this turns
 * them into words.
 */

/** What to write: `date-time` (the default), `date` or `time`. */
export type DateTimeStyle = 'date-time' | 'date' | 'time';

export interface DateTimeTextOptions {
  /** Default `date-time`. */
  style?: DateTimeStyle;
  /** Add the zone's short name ("CST", "GMT+1"): call-back due times and the finalized record. */
  zone?: boolean;
  /** Add seconds: the audit trail and the live board's "updated". */
  seconds?: boolean;
  /** IANA zone; absent, the reader's own. Specs pin one. */
  timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(options: DateTimeTextOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    const style = options.style ?? 'date-time';
    const date: Intl.DateTimeFormatOptions =
      style === 'time'
        ? {}
        : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
    const time: Intl.DateTimeFormatOptions =
      style === 'date'
        ? {}
        : {
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
            ...(options.seconds ? { second: '2-digit' } : {}),
          };
    format = new Intl.DateTimeFormat('en-US', {
      ...date,
      ...time,
      ...(options.zone ? { timeZoneName: 'short' } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * "Thu 3 Dec 2026, 14:05", "Thu 3 Dec 2026", "14:05", with " CST" when `zone` is asked for;
 * '' for null, undefined or a value that is not a time.
 */
export function dateTimeText(
  value: string | number | Date | null | undefined,
  options: DateTimeTextOptions = {},
): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) {
    return '';
  }
  const parts = new Map<string, string>();
  for (const part of formatFor(options).formatToParts(at)) {
    parts.set(part.type, part.value);
  }
  const style = options.style ?? 'date-time';
  const date = `${parts.get('weekday')} ${parts.get('day')} ${parts.get('month')} ${parts.get('year')}`;
  const seconds = options.seconds ? `:${parts.get('second')}` : '';
  const time = `${parts.get('hour')}:${parts.get('minute')}${seconds}`;
  const zone = options.zone ? ` ${parts.get('timeZoneName')}` : '';
  if (style === 'date') {
    return date;
  }
  return style === 'time' ? `${time}${zone}` : `${date}, ${time}${zone}`;
}
