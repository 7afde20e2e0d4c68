import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { CreateCaseRequest, Substance } from '@casebook/shared/contracts';
import { aliasRules, CaseOptionalFields } from './case-fields';

export class CreateCaseDto
  extends CaseOptionalFields
  implements CreateCaseRequest
{
  @ApiProperty({
    example: 'Sam R.',
    description: 'What the caller wants to be called; need not be a real name',
  })
  @applyDecorators(...aliasRules())
  alias!: string;

  declare phone?: string;
  declare primarySubstance?: Substance;
  declare lastUseAt?: string;
  declare alert?: string;
}
