import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** `GET /api/auth/session?callId=`: the call the dashboard has on screen, if any. */
export class SessionCheckQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The open call on screen; it keeps the session alive while not ended',
  })
  @IsOptional()
  @IsUUID('all', { message: 'callId must be a call id' })
  callId?: string;
}
