import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import {
  CASE_STATUSES,
  type CaseStatus,
  type UpdateCaseRequest,
} from '@casebook/shared/contracts';
import { aliasRules, CaseOptionalFields } from './case-fields';
import { IsOptionalNotNull } from '@casebook/api/core';

export class UpdateCaseDto
  extends CaseOptionalFields
  implements UpdateCaseRequest
{
  @ApiProperty({ description: 'The version last read; a stale one gets 409' })
  @IsInt({ message: 'version must be the whole number read with the case' })
  @Min(1, { message: 'version must be the whole number read with the case' })
  version!: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @applyDecorators(...aliasRules())
  alias?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptionalNotNull()
  @IsIn(CASE_STATUSES, {
    message: `status must be one of ${CASE_STATUSES.join(', ')}`,
  })
  status?: CaseStatus;
}
