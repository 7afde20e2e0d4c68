import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CALL_STATUSES, type CallStatus } from '@casebook/shared/contracts';
import { IsZonedTimestamp, PageQuery } from '@casebook/api/core';

export class CallListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'counselorId must be a user id' })
  counselorId?: string;

  @ApiPropertyOptional({ enum: CALL_STATUSES })
  @IsOptional()
  @IsIn(CALL_STATUSES, {
    message: `status must be one of ${CALL_STATUSES.join(', ')}`,
  })
  status?: CallStatus;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Calls started at or after',
  })
  @IsOptional()
  @IsZonedTimestamp()
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Calls started before',
  })
  @IsOptional()
  @IsZonedTimestamp()
  to?: string;
}
