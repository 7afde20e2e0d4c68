import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import {
  ROLES,
  type Role,
  type UpdateUserRequest,
} from '@casebook/shared/contracts';
import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@casebook/shared/domain';
import { IsOptionalNotNull } from '@casebook/api/core';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsOptionalNotNull()
  @IsString({ message: 'displayName must be text' })
  @Length(1, DISPLAY_NAME_MAX_LENGTH, {
    message: `displayName must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`,
  })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    description: "A new password (reset); ends the user's sessions",
    format: 'password',
  })
  @IsOptionalNotNull()
  @IsString({ message: 'password must be text' })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  })
  password?: string;

  @ApiPropertyOptional({
    description: 'false deactivates the account and ends its sessions at once',
  })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
