import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CALLBACK_ATTEMPT_RESULTS,
  CALLBACK_QUEUES,
  CALLBACK_STATUS_FILTERS,
  CALLBACK_STATUSES,
  type CallbackAttemptResult,
  type CallbackQueue,
  type CallbackStatus,
  type CallbackStatusFilter,
  type CreateCallbackRequest,
  type UpdateCallbackRequest,
} from '@casebook/shared/contracts';
import {
  IsOptionalNotNull,
  IsZonedTimestamp,
  PageQuery,
  trimText,
  unlessNull,
} from '@casebook/api/core';

/** Reasons and attempt notes stay short: details belong in the call record. */
export const CALLBACK_TEXT_MAX_LENGTH = 500;

export class CreateCallbackDto implements CreateCallbackRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @ApiProperty({ format: 'date-time' })
  @IsZonedTimestamp()
  dueAt!: string;

  @ApiProperty({
    maxLength: CALLBACK_TEXT_MAX_LENGTH,
    example: 'Check in after detox intake',
  })
  @Transform(trimText)
  @IsString({ message: 'reason must be text' })
  @Length(1, CALLBACK_TEXT_MAX_LENGTH, {
    message: `reason must be 1 to ${CALLBACK_TEXT_MAX_LENGTH} characters`,
  })
  reason!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Null or absent: the team',
  })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'assignedToId must be a user id' })
  assignedToId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'sourceCallId must be a call id' })
  sourceCallId?: string | null;
}

export class CallbackAttemptDto {
  @IsIn(CALLBACK_ATTEMPT_RESULTS, {
    message: `attempt.result must be one of ${CALLBACK_ATTEMPT_RESULTS.join(', ')}`,
  })
  result!: CallbackAttemptResult;

  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'attempt.callId must be a call id' })
  callId?: string | null;

  @IsOptional()
  @ValidateIf(unlessNull)
  @IsString({ message: 'attempt.note must be text' })
  @MaxLength(CALLBACK_TEXT_MAX_LENGTH, {
    message: `attempt.note must be at most ${CALLBACK_TEXT_MAX_LENGTH} characters`,
  })
  note?: string | null;
}

export class UpdateCallbackDto implements UpdateCallbackRequest {
  @ApiProperty()
  @IsInt({
    message: 'version must be the whole number read with the call-back',
  })
  @Min(1, {
    message: 'version must be the whole number read with the call-back',
  })
  version!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptionalNotNull()
  @IsZonedTimestamp()
  dueAt?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trimText)
  @IsString({ message: 'reason must be text' })
  @Length(1, CALLBACK_TEXT_MAX_LENGTH, {
    message: `reason must be 1 to ${CALLBACK_TEXT_MAX_LENGTH} characters`,
  })
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsUUID('all', { message: 'assignedToId must be a user id' })
  assignedToId?: string | null;

  @ApiPropertyOptional({ enum: CALLBACK_STATUSES })
  @IsOptionalNotNull()
  @IsIn(CALLBACK_STATUSES, {
    message: `status must be one of ${CALLBACK_STATUSES.join(', ')}`,
  })
  status?: CallbackStatus;

  @ApiPropertyOptional({ type: CallbackAttemptDto })
  @IsOptionalNotNull()
  @IsObject({ message: 'attempt must be an object' })
  @ValidateNested()
  @Type(() => CallbackAttemptDto)
  attempt?: CallbackAttemptDto;
}

export class CallbackListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: CALLBACK_QUEUES,
    description:
      "Default 'mine'; with caseId or sourceCallId, default 'all' (anyone who may read the case sees its call-backs)",
  })
  @IsOptional()
  @IsIn(CALLBACK_QUEUES, {
    message: `queue must be one of ${CALLBACK_QUEUES.join(', ')}`,
  })
  queue?: CallbackQueue;

  @ApiPropertyOptional({ enum: CALLBACK_STATUS_FILTERS, default: 'open' })
  @IsOptional()
  @IsIn(CALLBACK_STATUS_FILTERS, {
    message: `status must be one of ${CALLBACK_STATUS_FILTERS.join(', ')}`,
  })
  status: CallbackStatusFilter = 'open';

  @ApiPropertyOptional({ format: 'uuid', description: "One case's call-backs" })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The call-backs scheduled from one call',
  })
  @IsOptional()
  @IsUUID('all', { message: 'sourceCallId must be a call id' })
  sourceCallId?: string;
}
