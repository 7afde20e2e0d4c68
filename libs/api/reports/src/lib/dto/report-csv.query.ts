import {
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
  PickType,
} from '@nestjs/swagger';
import { ReportRangeQueryDto } from './report-range.query';

/** `from` and `to` as for a summary; `tz` (default UTC) places the days' edges. */
export class ReportCsvQueryDto extends IntersectionType(
  OmitType(ReportRangeQueryDto, ['tz'] as const),
  PartialType(PickType(ReportRangeQueryDto, ['tz'] as const)),
) {
  @ApiPropertyOptional({ example: 'America/New_York', default: 'UTC' })
  declare tz?: string;
}
