import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import {
  CALL_DIRECTIONS,
  type CallDirection,
  type UpdateCallRequest,
} from '@casebook/shared/contracts';
import { IsOptionalNotNull, IsZonedTimestamp } from '@casebook/api/core';
import { CallContentDto } from './call-content.dto';

export class UpdateCallDto extends CallContentDto implements UpdateCallRequest {
  @ApiPropertyOptional({ enum: CALL_DIRECTIONS })
  @IsOptionalNotNull()
  @IsIn(CALL_DIRECTIONS, {
    message: `direction must be one of ${CALL_DIRECTIONS.join(', ')}`,
  })
  direction?: CallDirection;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptionalNotNull()
  @IsZonedTimestamp()
  startedAt?: string;

  @ApiPropertyOptional({
    description: 'When sent, must match the stored version (409 otherwise)',
  })
  @IsOptionalNotNull()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version?: number;
}
