import {
  REPORT_MAX_DAYS,
  type ReportRangeQuery,
} from '@casebook/shared/contracts';
import { daysInclusive } from '@casebook/shared/domain';
import { RequestValidationError } from '@casebook/api/core';

/** Refuses a range that ends before it starts or is longer than a report may be. */
export function checkRangeBounds(query: ReportRangeQuery): void {
  if (query.to < query.from) {
    throw new RequestValidationError([
      { field: 'to', message: 'to must be on or after from' },
    ]);
  }
  if (daysInclusive(query.from, query.to) > REPORT_MAX_DAYS) {
    throw new RequestValidationError([
      {
        field: 'to',
        message: `a report covers at most ${REPORT_MAX_DAYS} days; choose a later from or an earlier to`,
      },
    ]);
  }
}
