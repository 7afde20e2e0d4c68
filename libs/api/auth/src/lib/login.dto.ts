import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { LoginRequest } from '@casebook/shared/contracts';
import {
  PASSWORD_MAX_LENGTH,
  USERNAME_MAX_LENGTH,
} from '@casebook/shared/domain';

/** Only presence and size are checked: any other rule would tell a guesser which usernames can exist. */
export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'counselor' })
  @IsString({ message: 'username must be text' })
  @Length(1, USERNAME_MAX_LENGTH, { message: 'username is required' })
  username!: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'password must be text' })
  @Length(1, PASSWORD_MAX_LENGTH, { message: 'password is required' })
  password!: string;
}
