import { on, type ActionCreator, type ReducerTypes } from '@ngrx/store';
import {
  CallsApiActions,
  CaseLookupActions,
  CaseLookupApiActions,
  MyDraftsPageActions,
} from './calls.actions';
import { edit, initialLookup, update, type CallsState } from './calls.state';
import { withCaseSubstances } from './draft-content';
import { toLinkedCase, withLocalChange } from './draft-entity';
import type { CallDraft, LinkedCase } from './draft-model';

/** The caller lookup, creating a case from it, and the "My drafts" list. */
export const lookupAndListOns: ReducerTypes<
  CallsState,
  readonly ActionCreator[]
>[] = [
  on(CaseLookupActions.queryChanged, (state, { query }): CallsState => ({
    ...state,
    lookup: query.trim()
      ? { ...state.lookup, query, loading: true, error: null }
      : { ...initialLookup, query },
  })),
  on(
    CaseLookupApiActions.matchesLoaded,
    (state, { query, mode, page }): CallsState =>
      query === state.lookup.query
        ? {
            ...state,
            lookup: {
              ...state.lookup,
              mode,
              results: page.items,
              total: page.total,
              loading: false,
              error: null,
            },
          }
        : state,
  ),
  on(
    CaseLookupApiActions.matchesLoadFailed,
    (state, { query, error }): CallsState =>
      query === state.lookup.query
        ? { ...state, lookup: { ...state.lookup, loading: false, error } }
        : state,
  ),
  on(CaseLookupActions.createCaseOpened, (state): CallsState => ({
    ...state,
    caseCreate: { status: 'idle', error: null },
  })),
  on(CaseLookupActions.createCaseSubmitted, (state): CallsState => ({
    ...state,
    caseCreate: { status: 'saving', error: null },
  })),
  on(
    CaseLookupApiActions.caseCreated,
    (state, { callId, created }): CallsState =>
      edit(
        {
          ...state,
          caseCreate: { status: 'idle', error: null },
          lookup: initialLookup,
        },
        callId,
        (draft) =>
          withLocalChange(
            draft,
            withCaseSubstances(
              { ...draft.content, caseId: created.id },
              toLinkedCase(created),
            ),
            { caseChoice: 'linked', linkedCase: toLinkedCase(created) },
          ),
      ),
  ),
  on(CaseLookupApiActions.caseCreateFailed, (state, { error }): CallsState => ({
    ...state,
    caseCreate: { status: 'failed', error },
  })),
  on(
    CaseLookupApiActions.linkedCaseLoaded,
    (state, { callId, linkedCase }): CallsState =>
      update(state, callId, (draft) =>
        draft.content.caseId === linkedCase.id
          ? withLinkedCaseRead(draft, toLinkedCase(linkedCase))
          : draft,
      ),
  ),
  on(MyDraftsPageActions.opened, (state): CallsState => ({
    ...state,
    draftList: { ...state.draftList, loading: true, error: null },
  })),
  on(
    MyDraftsPageActions.pageChanged,
    (state, { pageIndex, pageSize }): CallsState => ({
      ...state,
      draftList: {
        ...state.draftList,
        pageIndex,
        pageSize,
        loading: true,
        error: null,
      },
    }),
  ),
  on(CallsApiActions.draftsLoaded, (state, { page }): CallsState => {
    // A page read while a discard was on its way may still list the discarded draft.
    const discarded = new Set(state.draftList.discardedIds);
    const items = page.items.filter((item) => !discarded.has(item.id));
    return {
      ...state,
      draftList: {
        ...state.draftList,
        items,
        total: Math.max(0, page.total - (page.items.length - items.length)),
        loading: false,
        error: null,
      },
    };
  }),
  on(CallsApiActions.draftsLoadFailed, (state, { error }): CallsState => ({
    ...state,
    draftList: { ...state.draftList, loading: false, error },
  })),
];

/** The linked case as read; what it knows of the substances fills a call that has none yet. */
function withLinkedCaseRead(
  draft: CallDraft,
  linkedCase: LinkedCase,
): CallDraft {
  const content = withCaseSubstances(draft.content, linkedCase);
  return content === draft.content || draft.record?.status === 'final'
    ? { ...draft, linkedCase }
    : withLocalChange(draft, content, { linkedCase });
}
