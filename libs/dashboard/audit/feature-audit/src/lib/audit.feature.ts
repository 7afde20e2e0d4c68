import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  ApiError,
  AuditEvent,
  StaffMember,
} from '@casebook/shared/contracts';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import {
  DEFAULT_AUDIT_FILTER,
  toAuditQuery,
  type AuditFilter,
} from './audit-filter';

/** Where the lookup of a case number typed in the case filter stands. */
export type CaseLookupStatus = 'idle' | 'searching' | 'not-found' | 'failed';

/** One page of the trail, newest first as the server orders it, and what the filters need. */
export interface AuditState extends EntityState<AuditEvent> {
  filter: AuditFilter;
  total: number;
  loading: boolean;
  /** True once the trail has answered: "no events" is not said before that. */
  loaded: boolean;
  loadError: ApiError | null;
  staff: StaffMember[];
  staffError: ApiError | null;
  /**
   * Case numbers looked up in the case filter, by case id: the filter shows the number
   * typed rather than the id the URL now holds. Rows carry their own number from the API.
   */
  caseNumbers: Record<string, string>;
  caseLookup: {
    status: CaseLookupStatus;
    caseNumber: string | null;
    error: ApiError | null;
  };
}

/** No sort comparer: the server's order (newest first) is the trail's order. */
export const auditAdapter = createEntityAdapter<AuditEvent>();

export const initialAuditState: AuditState = auditAdapter.getInitialState({
  filter: DEFAULT_AUDIT_FILTER,
  total: 0,
  loading: false,
  loaded: false,
  loadError: null,
  staff: [],
  staffError: null,
  caseNumbers: {},
  caseLookup: { status: 'idle', caseNumber: null, error: null },
});

const IDLE_LOOKUP: AuditState['caseLookup'] = {
  status: 'idle',
  caseNumber: null,
  error: null,
};

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    // A new filter shows nothing of the old one: a row must never look like it matched.
    on(AuditPageActions.filterChanged, (state, { filter }): AuditState =>
      auditAdapter.removeAll({
        ...state,
        filter,
        total: 0,
        loading: true,
        loaded: false,
        loadError: null,
        caseLookup: IDLE_LOOKUP,
      }),
    ),
    on(AuditPageActions.retryClicked, (state): AuditState => ({
      ...state,
      loading: true,
      loadError: null,
    })),
    on(AuditApiActions.eventsLoaded, (state, { page }): AuditState =>
      auditAdapter.setAll(page.items, {
        ...state,
        total: page.total,
        loading: false,
        loaded: true,
        loadError: null,
      }),
    ),
    on(AuditApiActions.eventsLoadFailed, (state, { error }): AuditState => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(AuditApiActions.staffLoaded, (state, { staff }): AuditState => ({
      ...state,
      staff,
      staffError: null,
    })),
    on(AuditApiActions.staffLoadFailed, (state, { error }): AuditState => ({
      ...state,
      staffError: error,
    })),
    on(
      AuditPageActions.caseNumberSubmitted,
      (state, { caseNumber }): AuditState => ({
        ...state,
        caseLookup: { status: 'searching', caseNumber, error: null },
      }),
    ),
    on(
      AuditApiActions.caseFound,
      (state, { caseId, caseNumber }): AuditState => ({
        ...state,
        caseNumbers: { ...state.caseNumbers, [caseId]: caseNumber },
        caseLookup: IDLE_LOOKUP,
      }),
    ),
    on(AuditApiActions.caseNotFound, (state, { caseNumber }): AuditState => ({
      ...state,
      caseLookup: { status: 'not-found', caseNumber, error: null },
    })),
    on(AuditApiActions.caseLookupFailed, (state, { error }): AuditState => ({
      ...state,
      caseLookup: {
        status: 'failed',
        caseNumber: state.caseLookup.caseNumber,
        error,
      },
    })),
  ),
  extraSelectors: ({
    selectAuditState,
    selectFilter,
    selectTotal,
    selectStaff,
  }) => {
    const { selectAll } = auditAdapter.getSelectors(selectAuditState);
    return {
      /** The rows on this page, newest first. */
      selectEvents: selectAll,
      /** The request that shows the current filter. */
      selectQuery: createSelector(selectFilter, (filter) =>
        toAuditQuery(filter),
      ),
      selectPaging: createSelector(
        selectFilter,
        selectTotal,
        ({ pageIndex, pageSize }, total) => ({
          pageIndex,
          pageSize,
          total,
        }),
      ),
      /** Display names by user id, to name users in rows. */
      selectStaffNames: createSelector(selectStaff, (staff) =>
        Object.fromEntries(
          staff.map((member) => [member.id, member.displayName]),
        ),
      ),
    };
  },
});
