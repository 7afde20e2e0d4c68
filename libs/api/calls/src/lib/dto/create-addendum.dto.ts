import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import type { CreateAddendumRequest } from '@casebook/shared/contracts';
import { ADDENDUM_MAX_LENGTH } from '@casebook/shared/domain';
import { trimText } from '@casebook/api/core';

export class CreateAddendumDto implements CreateAddendumRequest {
  @ApiProperty({ maxLength: ADDENDUM_MAX_LENGTH })
  @Transform(trimText)
  @IsString({ message: 'text must be text' })
  @Length(1, ADDENDUM_MAX_LENGTH, {
    message: `text must be 1 to ${ADDENDUM_MAX_LENGTH} characters`,
  })
  text!: string;
}
