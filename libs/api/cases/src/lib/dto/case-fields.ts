import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import type { Substance } from '@casebook/shared/contracts';
import {
  CALLER_ALERT_MAX_LENGTH,
  CASE_ALIAS_MAX_LENGTH,
  CASE_ALIAS_MIN_LENGTH,
  PHONE_INPUT_MAX_LENGTH,
} from '@casebook/shared/domain';
import { IsZonedTimestamp, trimText, unlessNull } from '@casebook/api/core';
import {
  coUsedSubstancesRules,
  pregnantRules,
  substanceRules,
} from './substance-rules';

/** The optional fields a case create and a case update share; null clears on update. */
export class CaseOptionalFields {
  @ApiPropertyOptional({
    description: 'Any common format; stored as E.164',
    nullable: true,
  })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsString({ message: 'phone must be text' })
  @MaxLength(PHONE_INPUT_MAX_LENGTH, {
    message: `phone must be at most ${PHONE_INPUT_MAX_LENGTH} characters`,
  })
  phone?: string | null;

  @substanceRules('primarySubstance')
  primarySubstance?: Substance | null;

  @coUsedSubstancesRules()
  coUsedSubstances?: Substance[];

  @pregnantRules()
  pregnant?: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsZonedTimestamp()
  lastUseAt?: string | null;

  @ApiPropertyOptional({
    maxLength: CALLER_ALERT_MAX_LENGTH,
    nullable: true,
    example: 'Prefers Spanish',
  })
  @IsOptional()
  @ValidateIf(unlessNull)
  @Transform(trimText)
  @IsString({ message: 'alert must be text' })
  @MaxLength(CALLER_ALERT_MAX_LENGTH, {
    message: `alert must be at most ${CALLER_ALERT_MAX_LENGTH} characters`,
  })
  alert?: string | null;
}

export function aliasRules() {
  return [
    Transform(trimText),
    IsString({ message: 'alias must be text' }),
    Length(CASE_ALIAS_MIN_LENGTH, CASE_ALIAS_MAX_LENGTH, {
      message: `alias must be ${CASE_ALIAS_MIN_LENGTH} to ${CASE_ALIAS_MAX_LENGTH} characters`,
    }),
  ];
}
