import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CALL_OUTCOMES,
  CALLER_RELATIONS,
  type CallerRelation,
  type CallContent,
  type CallOutcome,
  type CssrsAnswers,
  type EmergencyDisclosure,
  INSTRUMENT_IDS,
  type InstrumentId,
  OVERDOSE_STEPS,
  type OverdoseResponse,
  type OverdoseStep,
  type OverdoseStepRecord,
  type Substance,
  WITHDRAWAL_DANGER_SIGNS,
  type WithdrawalDangerSign,
  REFERRAL_TYPES,
  type ReferralType,
} from '@casebook/shared/contracts';
import {
  CALL_NOTES_MAX_LENGTH,
  NALOXONE_REASON_MAX_LENGTH,
  REFERRAL_NOTE_MAX_LENGTH,
  SYMPTOM_CATALOGUE,
} from '@casebook/shared/domain';
import {
  IsOptionalNotNull,
  IsZonedTimestamp,
  trimText,
  unlessNull,
} from '@casebook/api/core';
import {
  coUsedSubstancesRules,
  pregnantRules,
  substanceRules,
} from '@casebook/api/cases';

/** Instruments one call may carry: a SOWS, a COWS and a repeat of each. */
export const MAX_ASSESSMENTS_PER_CALL = 4;

export class AssessmentInputDto {
  @IsIn(INSTRUMENT_IDS, {
    message: `instrument must be one of ${INSTRUMENT_IDS.join(', ')}`,
  })
  instrument!: InstrumentId;

  /** Item ids and scores are checked by the shared scoring function, which names each bad item. */
  @IsObject({ message: 'answers must be an object of item scores' })
  answers!: Record<string, number | null>;
}

export class SymptomReportDto {
  @IsArray({ message: 'symptomIds must be a list' })
  @ArrayMaxSize(SYMPTOM_CATALOGUE.length, {
    message: `symptomIds may list at most ${SYMPTOM_CATALOGUE.length} symptoms`,
  })
  @IsString({ each: true, message: 'symptomIds must be symptom ids' })
  symptomIds!: string[];

  @IsOptionalNotNull()
  @IsString({ message: 'freeText must be text' })
  freeText?: string;
}

export class RiskScreenInputDto {
  @IsObject({ message: 'answers must be an object of yes/no answers' })
  answers!: CssrsAnswers;

  @IsOptional()
  @ValidateIf(unlessNull)
  @IsObject({ message: 'emergencyDisclosure must be an object' })
  emergencyDisclosure?: EmergencyDisclosure | null;
}

export class ReferralDto {
  @IsIn(REFERRAL_TYPES, {
    message: `type must be one of ${REFERRAL_TYPES.join(', ')}`,
  })
  type!: ReferralType;

  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'resourceId must be a directory entry id' })
  resourceId?: string | null;

  @IsOptionalNotNull()
  @IsString({ message: 'note must be text' })
  @MaxLength(REFERRAL_NOTE_MAX_LENGTH, {
    message: `note must be at most ${REFERRAL_NOTE_MAX_LENGTH} characters`,
  })
  note?: string;

  /** Accepted so a record read back can be sent whole; the server sets it from the pregnancy. */
  @IsOptionalNotNull()
  @IsBoolean({ message: 'priority must be true or false' })
  priority?: boolean;
}

export class OverdoseStepDto implements OverdoseStepRecord {
  @IsIn(OVERDOSE_STEPS, {
    message: `step must be one of ${OVERDOSE_STEPS.join(', ')}`,
  })
  step!: OverdoseStep;

  @IsZonedTimestamp()
  doneAt!: string;
}

export class OverdoseResponseDto implements OverdoseResponse {
  @IsZonedTimestamp()
  openedAt!: string;

  @IsArray({ message: 'steps must be a list' })
  @ArrayMaxSize(OVERDOSE_STEPS.length, {
    message: `steps may list at most ${OVERDOSE_STEPS.length} steps`,
  })
  @ValidateNested({ each: true })
  @Type(() => OverdoseStepDto)
  steps!: OverdoseStepDto[];
}

/**
 * The fields of a call record but `direction` and `startedAt`, which a create requires and
 * an update may leave out (class-validator inherits `IsOptional`, so each DTO declares them).
 * Structure is checked here; clinical rules in the service, by the shared domain.
 */
export class CallContentDto implements Omit<
  CallContent,
  'direction' | 'startedAt'
> {
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId?: string | null;

  /** Not nullable: a caller is always someone; leaving it out keeps what is stored ('self' on create). */
  @ApiPropertyOptional({ enum: CALLER_RELATIONS, default: 'self' })
  @IsOptionalNotNull()
  @IsIn(CALLER_RELATIONS, {
    message: `callerRelation must be one of ${CALLER_RELATIONS.join(', ')}`,
  })
  callerRelation?: CallerRelation;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsZonedTimestamp()
  endedAt?: string | null;

  @ApiPropertyOptional({ maxLength: CALL_NOTES_MAX_LENGTH })
  @IsOptionalNotNull()
  @IsString({ message: 'notes must be text' })
  @MaxLength(CALL_NOTES_MAX_LENGTH, {
    message: `notes must be at most ${CALL_NOTES_MAX_LENGTH} characters`,
  })
  notes?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsZonedTimestamp()
  lastUseAt?: string | null;

  @substanceRules('substance')
  substance?: Substance | null;

  @coUsedSubstancesRules()
  coUsedSubstances?: Substance[];

  @pregnantRules()
  pregnant?: boolean;

  @ApiPropertyOptional({ enum: WITHDRAWAL_DANGER_SIGNS, isArray: true })
  @IsOptionalNotNull()
  @IsArray({ message: 'withdrawalDangerSigns must be a list' })
  @ArrayUnique({ message: 'withdrawalDangerSigns must name each sign once' })
  @IsIn(WITHDRAWAL_DANGER_SIGNS, {
    each: true,
    message: `withdrawalDangerSigns must each be one of ${WITHDRAWAL_DANGER_SIGNS.join(', ')}`,
  })
  withdrawalDangerSigns?: WithdrawalDangerSign[];

  @ApiPropertyOptional({ type: OverdoseResponseDto, nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsObject({ message: 'overdose must be an object' })
  @ValidateNested()
  @Type(() => OverdoseResponseDto)
  overdose?: OverdoseResponseDto | null;

  @ApiPropertyOptional({ type: [AssessmentInputDto] })
  @IsOptionalNotNull()
  @IsArray({ message: 'assessments must be a list' })
  @ArrayMaxSize(MAX_ASSESSMENTS_PER_CALL, {
    message: `a call carries at most ${MAX_ASSESSMENTS_PER_CALL} assessments`,
  })
  @ValidateNested({ each: true })
  @Type(() => AssessmentInputDto)
  assessments?: AssessmentInputDto[];

  @ApiPropertyOptional({ type: SymptomReportDto })
  @IsOptionalNotNull()
  @IsObject({ message: 'symptoms must be an object' })
  @ValidateNested()
  @Type(() => SymptomReportDto)
  symptoms?: SymptomReportDto;

  @ApiPropertyOptional({ type: RiskScreenInputDto, nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsObject({ message: 'risk must be an object' })
  @ValidateNested()
  @Type(() => RiskScreenInputDto)
  risk?: RiskScreenInputDto | null;

  @ApiPropertyOptional({ enum: CALL_OUTCOMES, nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsIn(CALL_OUTCOMES, {
    message: `outcome must be one of ${CALL_OUTCOMES.join(', ')}`,
  })
  outcome?: CallOutcome | null;

  @ApiPropertyOptional({ type: [ReferralDto] })
  @IsOptionalNotNull()
  @IsArray({ message: 'referrals must be a list' })
  @ArrayMaxSize(REFERRAL_TYPES.length * 2, { message: 'too many referrals' })
  @ValidateNested({ each: true })
  @Type(() => ReferralDto)
  referrals?: ReferralDto[];

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean({ message: 'naloxoneDiscussed must be true or false' })
  naloxoneDiscussed?: boolean;

  @ApiPropertyOptional({
    maxLength: NALOXONE_REASON_MAX_LENGTH,
    nullable: true,
    example: 'Has two kits at home',
  })
  @IsOptional()
  @ValidateIf(unlessNull)
  @Transform(trimText)
  @IsString({ message: 'naloxoneNotDiscussedReason must be text' })
  @MaxLength(NALOXONE_REASON_MAX_LENGTH, {
    message: `naloxoneNotDiscussedReason must be at most ${NALOXONE_REASON_MAX_LENGTH} characters`,
  })
  naloxoneNotDiscussedReason?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean({ message: 'overdoseEducationGiven must be true or false' })
  overdoseEducationGiven?: boolean;
}
