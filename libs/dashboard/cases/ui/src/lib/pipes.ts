import { Pipe, type PipeTransform } from '@angular/core';
import { formatPhone } from '@casebook/dashboard/shared/ui';
import { formatHours, relativeTime } from './format';

/** `{{ case.phone | cbPhone }}` → "(201) 555-0123". */
@Pipe({ name: 'cbPhone' })
export class PhonePipe implements PipeTransform {
  transform(e164: string | null | undefined): string {
    return formatPhone(e164);
  }
}

/** `{{ case.lastCallAt | cbRelativeTime: now }}` → "3 hours ago"; `now` makes it re-run as time passes. */
@Pipe({ name: 'cbRelativeTime' })
export class RelativeTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, now: number): string {
    return iso ? relativeTime(iso, now) : '';
  }
}

/** `{{ 30 | cbHours }}` → "30 h". */
@Pipe({ name: 'cbHours' })
export class HoursPipe implements PipeTransform {
  transform(hours: number | null | undefined): string {
    return hours === null || hours === undefined ? '' : formatHours(hours);
  }
}
