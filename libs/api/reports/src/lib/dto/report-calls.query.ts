import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Validate,
} from 'class-validator';
import {
  CALL_DIRECTIONS,
  CALL_OUTCOMES,
  CALLER_RELATIONS,
  INSTRUMENT_IDS,
  REFERRAL_TYPES,
  RISK_LEVELS,
  SEVERITIES,
  type CallDirection,
  type CallerRelation,
  type CallOutcome,
  type InstrumentId,
  type ReferralType,
  type RiskLevel,
  type Severity,
} from '@casebook/shared/contracts';
import { PageQuery } from '@casebook/api/core';
import { CalendarDate, ReportRangeQueryDto } from './report-range.query';

const OUTCOMES = [...CALL_OUTCOMES, 'none'] as const;
const SEVERITY_FILTERS = [...SEVERITIES, 'partial'] as const;
const RISK_FILTERS = [...RISK_LEVELS, 'not-screened'] as const;
const oneOf = (name: string, values: readonly string[]) => ({
  message: `${name} must be one of ${values.join(', ')}`,
});

/** The range plus the bar or cell a supervisor clicked; every filter given must hold. */
export class ReportCallsQueryDto extends IntersectionType(
  ReportRangeQueryDto,
  PageQuery,
) {
  @ApiPropertyOptional({
    example: '2026-11-03',
    description: 'One local date of the range',
  })
  @IsOptional()
  @IsString({ message: 'day must be a date like 2026-11-25' })
  @Validate(CalendarDate)
  day?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 6,
    description: '0 = Sunday; needs hour',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'weekday must be a whole number from 0 (Sunday) to 6' })
  @Min(0, { message: 'weekday must be a whole number from 0 (Sunday) to 6' })
  @Max(6, { message: 'weekday must be a whole number from 0 (Sunday) to 6' })
  weekday?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 23 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'hour must be a whole number from 0 to 23' })
  @Min(0, { message: 'hour must be a whole number from 0 to 23' })
  @Max(23, { message: 'hour must be a whole number from 0 to 23' })
  hour?: number;

  @ApiPropertyOptional({ enum: INSTRUMENT_IDS })
  @IsOptional()
  @IsIn(INSTRUMENT_IDS, oneOf('instrument', INSTRUMENT_IDS))
  instrument?: InstrumentId;

  @ApiPropertyOptional({
    enum: SEVERITY_FILTERS,
    description: 'needs instrument',
  })
  @IsOptional()
  @IsIn(SEVERITY_FILTERS, oneOf('severity', SEVERITY_FILTERS))
  severity?: Severity | 'partial';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'symptomId must be a symptom id' })
  @MaxLength(64, { message: 'symptomId must be a symptom id' })
  symptomId?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOptional()
  @IsIn(OUTCOMES, oneOf('outcome', OUTCOMES))
  outcome?: CallOutcome | 'none';

  @ApiPropertyOptional({ enum: REFERRAL_TYPES })
  @IsOptional()
  @IsIn(REFERRAL_TYPES, oneOf('referralType', REFERRAL_TYPES))
  referralType?: ReferralType;

  @ApiPropertyOptional({ enum: RISK_FILTERS })
  @IsOptional()
  @IsIn(RISK_FILTERS, oneOf('riskLevel', RISK_FILTERS))
  riskLevel?: RiskLevel | 'not-screened';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'counselorId must be a user id' })
  counselorId?: string;

  @ApiPropertyOptional({ enum: CALL_DIRECTIONS })
  @IsOptional()
  @IsIn(CALL_DIRECTIONS, oneOf('direction', CALL_DIRECTIONS))
  direction?: CallDirection;

  @ApiPropertyOptional({ enum: CALLER_RELATIONS })
  @IsOptional()
  @IsIn(CALLER_RELATIONS, oneOf('callerRelation', CALLER_RELATIONS))
  callerRelation?: CallerRelation;
}
