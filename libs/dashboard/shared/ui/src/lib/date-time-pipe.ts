import { Pipe, type PipeTransform } from '@angular/core';
import {
  dateTimeText,
  type DateTimeTextOptions,
} from '@casebook/shared/domain';

/**
 * `{{ at | dateTime }}` → "Thu 3 Dec 2026, 14:05"; `{{ at | dateTime: { zone: true } }}`
 * adds the zone. Templates write dates only through this, so every screen agrees (ADR 34).
 */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(
    value: string | number | Date | null | undefined,
    options: DateTimeTextOptions = {},
  ): string {
    return dateTimeText(value, options);
  }
}
