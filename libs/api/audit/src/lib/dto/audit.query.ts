import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '@casebook/shared/contracts';
import { IsZonedTimestamp, PageQuery } from '@casebook/api/core';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a user id' })
  userId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, {
    message: `action must be one of ${AUDIT_ACTIONS.join(', ')}`,
  })
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsZonedTimestamp()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsZonedTimestamp()
  to?: string;
}
