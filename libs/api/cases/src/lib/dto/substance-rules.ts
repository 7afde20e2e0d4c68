import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateIf,
} from 'class-validator';
import { MAX_CO_USED_SUBSTANCES, SUBSTANCES } from '@casebook/shared/contracts';
import { IsOptionalNotNull, unlessNull } from '@casebook/api/core';

const SUBSTANCE_LIST = SUBSTANCES.join(', ');

/** One substance or null (cleared), named in the 400 by its field. */
export function substanceRules(field: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: SUBSTANCES, nullable: true }),
    IsOptional(),
    ValidateIf(unlessNull),
    IsIn(SUBSTANCES, { message: `${field} must be one of ${SUBSTANCE_LIST}` }),
  );
}

/** A list of distinct substances; absent leaves it as it is, null is refused. */
export function coUsedSubstancesRules(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: SUBSTANCES, isArray: true }),
    IsOptionalNotNull(),
    IsArray({ message: 'coUsedSubstances must be a list' }),
    ArrayMaxSize(MAX_CO_USED_SUBSTANCES, {
      message: `coUsedSubstances may list at most ${MAX_CO_USED_SUBSTANCES} substances`,
    }),
    ArrayUnique({ message: 'coUsedSubstances must name each substance once' }),
    IsIn(SUBSTANCES, {
      each: true,
      message: `coUsedSubstances must each be one of ${SUBSTANCE_LIST}`,
    }),
  );
}

export function pregnantRules(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'Pregnancy said by the caller' }),
    IsOptionalNotNull(),
    IsBoolean({ message: 'pregnant must be true or false' }),
  );
}
