import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import {
  ROLES,
  type CreateUserRequest,
  type Role,
} from '@casebook/shared/contracts';
import {
  DISPLAY_NAME_MAX_LENGTH,
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  USERNAME_PATTERN,
  USERNAME_RULE_TEXT,
} from '@casebook/shared/domain';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.rivera', pattern: USERNAME_PATTERN.source })
  // Case is not part of a username: "Sam" and "sam" are the same account.
  @Transform(({ value }) =>
    typeof value === 'string' ? normalizeUsername(value) : value,
  )
  @IsString({ message: 'username must be text' })
  @Length(USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH, {
    message: `username must be ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} characters`,
  })
  @Matches(USERNAME_PATTERN, {
    message: `username may use ${USERNAME_RULE_TEXT}`,
  })
  username!: string;

  @ApiProperty({ example: 'Sam Rivera', maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsString({ message: 'displayName must be text' })
  @Length(1, DISPLAY_NAME_MAX_LENGTH, {
    message: `displayName must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`,
  })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: 'password',
  })
  @IsString({ message: 'password must be text' })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;
}
