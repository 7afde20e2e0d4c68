import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '@casebook/shared/contracts';
import {
  LOOKUP_QUERY_MAX_LENGTH,
  PHONE_INPUT_MAX_LENGTH,
} from '@casebook/shared/domain';
import { PageQuery, trimText } from '@casebook/api/core';

export class CaseSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Part of an alias, or a case number (C-1042)',
  })
  @IsOptional()
  @Transform(trimText)
  @IsString({ message: 'q must be text' })
  @MaxLength(LOOKUP_QUERY_MAX_LENGTH, {
    message: `q must be at most ${LOOKUP_QUERY_MAX_LENGTH} characters`,
  })
  q?: string;

  @ApiPropertyOptional({
    description: 'A whole number in any format, or at least 3 of its digits',
  })
  @IsOptional()
  @IsString({ message: 'phone must be text' })
  @MaxLength(PHONE_INPUT_MAX_LENGTH, {
    message: `phone must be at most ${PHONE_INPUT_MAX_LENGTH} characters`,
  })
  phone?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES, {
    message: `status must be one of ${CASE_STATUSES.join(', ')}`,
  })
  status?: CaseStatus;
}
