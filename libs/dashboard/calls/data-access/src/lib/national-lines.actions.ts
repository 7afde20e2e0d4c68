import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError, ReferralResource } from '@casebook/shared/contracts';

/** The national lines the emergency panels show, read from the directory. */
export const NationalLinesActions = createActionGroup({
  source: 'National Lines',
  events: {
    /** A panel that names a line was shown: read the directory again, an admin may have edited it. */
    Wanted: emptyProps(),
    Loaded: props<{ items: ReferralResource[] }>(),
    'Load Failed': props<{ error: ApiError }>(),
  },
});
