import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  type CreateResourceRequest,
  REFERRAL_TYPES,
  type ReferralType,
  type UpdateResourceRequest,
} from '@casebook/shared/contracts';
import { PHONE_INPUT_MAX_LENGTH } from '@casebook/shared/domain';
import {
  IsOptionalNotNull,
  PageQuery,
  trimText,
  unlessNull,
} from '@casebook/api/core';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Fields both a create and an update may carry (each optional here; create re-declares its required ones). */
class ResourceFields {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsString({ message: 'phone must be text' })
  @MaxLength(PHONE_INPUT_MAX_LENGTH, {
    message: `phone must be at most ${PHONE_INPUT_MAX_LENGTH} characters`,
  })
  phone?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Mon–Fri 8–18, walk-in until 14',
  })
  @IsOptional()
  @ValidateIf(unlessNull)
  @Transform(trimText)
  @IsString({ message: 'hours must be text' })
  @MaxLength(200, { message: 'hours must be at most 200 characters' })
  hours?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['English', 'Spanish'] })
  @IsOptionalNotNull()
  @IsArray({ message: 'languages must be a list' })
  @ArrayMaxSize(10, { message: 'languages may list at most 10' })
  @IsString({ each: true, message: 'languages must be text' })
  @Length(1, 30, {
    each: true,
    message: 'each language must be 1 to 30 characters',
  })
  languages?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(unlessNull)
  @IsString({ message: 'notes must be text' })
  @MaxLength(1000, { message: 'notes must be at most 1000 characters' })
  notes?: string | null;

  @ApiPropertyOptional({
    description:
      'A national line (988, SAMHSA, Poison Control); false when left out of a new entry',
  })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'national must be true or false' })
  national?: boolean;
}

export class CreateResourceDto
  extends ResourceFields
  implements CreateResourceRequest
{
  @ApiProperty({ example: 'Northside Detox' })
  @Transform(trimText)
  @IsString({ message: 'name must be text' })
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;

  @ApiProperty({ enum: REFERRAL_TYPES })
  @IsIn(REFERRAL_TYPES, {
    message: `type must be one of ${REFERRAL_TYPES.join(', ')}`,
  })
  type!: ReferralType;
}

export class UpdateResourceDto
  extends ResourceFields
  implements UpdateResourceRequest
{
  @ApiProperty()
  @IsInt({ message: 'version must be the whole number read with the entry' })
  @Min(1, { message: 'version must be the whole number read with the entry' })
  version!: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trimText)
  @IsString({ message: 'name must be text' })
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name?: string;

  @ApiPropertyOptional({ enum: REFERRAL_TYPES })
  @IsOptionalNotNull()
  @IsIn(REFERRAL_TYPES, {
    message: `type must be one of ${REFERRAL_TYPES.join(', ')}`,
  })
  type?: ReferralType;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class ResourceSearchQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimText)
  @IsString({ message: 'q must be text' })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: REFERRAL_TYPES })
  @IsOptional()
  @IsIn(REFERRAL_TYPES, {
    message: `type must be one of ${REFERRAL_TYPES.join(', ')}`,
  })
  type?: ReferralType;

  @ApiPropertyOptional({
    description: 'Only national lines (true) or only the rest (false)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'national must be true or false' })
  national?: boolean;

  @ApiPropertyOptional({
    description: 'Include retired entries (admins manage them)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'includeInactive must be true or false' })
  includeInactive?: boolean;
}
