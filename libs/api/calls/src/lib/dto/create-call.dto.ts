import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import {
  CALL_DIRECTIONS,
  type CallDirection,
  type CreateCallRequest,
} from '@casebook/shared/contracts';
import { IsOptionalNotNull, IsZonedTimestamp } from '@casebook/api/core';
import { CallContentDto } from './call-content.dto';

export class CreateCallDto extends CallContentDto implements CreateCallRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Chosen by the client so a retried create is idempotent',
  })
  @IsOptionalNotNull()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @ApiProperty({ enum: CALL_DIRECTIONS })
  @IsIn(CALL_DIRECTIONS, {
    message: `direction must be one of ${CALL_DIRECTIONS.join(', ')}`,
  })
  direction!: CallDirection;

  @ApiProperty({ format: 'date-time' })
  @IsZonedTimestamp()
  startedAt!: string;
}
