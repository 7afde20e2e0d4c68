import { ApiProperty } from '@nestjs/swagger';
import {
  IsString,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isCalendarDate, isKnownTimeZone } from '@casebook/shared/domain';

@ValidatorConstraint({ name: 'calendarDate' })
export class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }
  defaultMessage(): string {
    return '$property must be a date like 2026-11-25';
  }
}

@ValidatorConstraint({ name: 'timeZone' })
class KnownTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (
      typeof value === 'string' && value.length <= 64 && isKnownTimeZone(value)
    );
  }
  defaultMessage(): string {
    return 'tz must be an IANA time zone, like America/New_York';
  }
}

/**
 * `from`, `to` (local dates, both included) and `tz`. That `to` is not before `from` and
 * the range is not too long is checked by `checkRangeBounds`, which names both fields.
 */
export class ReportRangeQueryDto {
  @ApiProperty({
    example: '2026-11-01',
    description: 'First local date of the range',
  })
  @IsString({ message: 'from must be a date like 2026-11-25' })
  @Validate(CalendarDate)
  from!: string;

  @ApiProperty({
    example: '2026-11-30',
    description: 'Last local date of the range (included)',
  })
  @IsString({ message: 'to must be a date like 2026-11-25' })
  @Validate(CalendarDate)
  to!: string;

  @ApiProperty({ example: 'America/New_York' })
  @IsString({ message: 'tz must be an IANA time zone, like America/New_York' })
  @Validate(KnownTimeZone)
  tz!: string;
}
