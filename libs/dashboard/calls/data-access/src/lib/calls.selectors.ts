import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { assignableStaff } from '@casebook/dashboard/shared/data-access';
import { assessmentViews, mergeDraftRows, riskView } from './call-view';
import { callsAdapter, callsFeature } from './calls.feature';
import { isEditable } from './draft-entity';
import { hasUnsavedChanges } from './draft-model';

const { selectRouteParam } = getRouterSelectors();
const { selectAll, selectEntities } = callsAdapter.getSelectors(
  callsFeature.selectCallsState,
);

/** Every call open on this device, newest first. */
export const selectOpenCalls = selectAll;

/** The `:id` of `/calls/:id`, from the router store. */
export const selectRouteCallId = selectRouteParam('id');

/** The signed-in user's id: the device copy is kept per user. */
export const selectUserId = createSelector(
  authFeature.selectUser,
  (user) => user?.id ?? null,
);

/**
 * Whom the call-back panel offers under "Colleague": active counselors and supervisors
 * other than me ("Me" covers me), and why there are none when the list did not load.
 */
export const selectCallbackColleagues = createSelector(
  callsFeature.selectStaff,
  selectUserId,
  ({ items, error }, me) => ({
    members: assignableStaff(items ?? [], [me]),
    loading: items === null && error === null,
    error: error?.message ?? null,
  }),
);

/** The call of the current route, once it is in the store. */
export const selectCurrentCall = createSelector(
  selectEntities,
  selectRouteCallId,
  (entities, id) => (id ? (entities[id] ?? null) : null),
);

/** One call by id. */
export const selectCallById = (id: string) =>
  createSelector(selectEntities, (entities) => entities[id] ?? null);

/** Calls with changes the server has not confirmed and that can still be saved. */
export const selectUnsavedCallIds = createSelector(selectAll, (drafts) =>
  drafts
    .filter((draft) => hasUnsavedChanges(draft) && isEditable(draft))
    .map((draft) => draft.id),
);

/** The current call's instruments with live (or server) scores. */
export const selectCurrentAssessments = createSelector(
  selectCurrentCall,
  (draft) => (draft ? assessmentViews(draft) : []),
);

/** The current call's risk screen: visible questions, level, imminent risk. */
export const selectCurrentRisk = createSelector(selectCurrentCall, (draft) =>
  draft ? riskView(draft) : null,
);

/** "My drafts": server drafts plus calls only this device has. */
export const selectDraftRows = createSelector(
  callsFeature.selectDraftList,
  selectAll,
  (list, local) => mergeDraftRows(list.items, local, list.pageIndex === 0),
);
