import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { DiscardCallRequest } from '@casebook/shared/contracts';

export class DiscardCallDto implements DiscardCallRequest {
  @ApiPropertyOptional({
    description:
      'Only if the draft records nothing yet; else 409 and it is kept',
  })
  @IsOptional()
  @IsBoolean({ message: 'onlyIfEmpty must be true or false' })
  onlyIfEmpty?: boolean;
}
