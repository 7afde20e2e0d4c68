import { createFeature, createReducer, on } from '@ngrx/store';
import type { EmergencyDisclosure } from '@casebook/shared/contracts';
import {
  AutosaveActions,
  CallPageActions,
  CallsApiActions,
  DeviceActions,
  FinalCallActions,
} from './calls.actions';
import {
  callsAdapter,
  edit,
  initialCallsState,
  initialLookup,
  restore,
  update,
  type CallsState,
} from './calls.state';
import { pruneSkippedAnswers } from '@casebook/shared/domain';
import {
  emptyDraftContent,
  recordToContent,
  withItemAnswer,
  withCaseSubstances,
} from './draft-content';
import {
  FINALIZED_ELSEWHERE,
  entityFromRecord,
  newDraftEntity,
  isEditable,
  pendingLinkedCase,
  toLinkedCase,
  withLoadedRecord,
  withLocalChange,
  withSaveReply,
} from './draft-entity';
import { hasUnsavedChanges } from './draft-model';
import { lookupAndListOns } from './lookup.reducer';
import { callbackAndDirectoryOns } from './callbacks.reducer';
import { discardOns } from './discard.reducer';

export {
  callsAdapter,
  initialCallsState,
  type CallsState,
  type CallbackScheduleState,
  type DirectoryState,
  type DraftListState,
  type LookupState,
} from './calls.state';

export const callsFeature = createFeature({
  name: 'calls',
  reducer: createReducer(
    initialCallsState,
    on(
      CallPageActions.newCallStarted,
      (state, { id, startedAt, direction, caseId, callbackId }): CallsState =>
        state.entities[id]
          ? state
          : callsAdapter.addOne(
              newDraftEntity(
                id,
                {
                  ...emptyDraftContent(startedAt),
                  direction: direction ?? 'inbound',
                  caseId: caseId ?? null,
                },
                {
                  revision: 1,
                  saveStatus: 'pending',
                  callbackId: callbackId ?? null,
                  // The case is read next (loadCaseForNewCall$), as after a lookup pick.
                  ...(caseId
                    ? {
                        caseChoice: 'linked' as const,
                        linkedCase: pendingLinkedCase(caseId),
                      }
                    : {}),
                },
              ),
              { ...state, lookup: initialLookup },
            ),
    ),
    on(CallPageActions.opened, (state, { id }): CallsState => ({
      ...state,
      opening: { id, loading: true, error: null },
    })),
    on(CallPageActions.contentChanged, (state, { id, changes }): CallsState =>
      edit(state, id, (draft) =>
        withLocalChange(draft, { ...draft.content, ...changes }),
      ),
    ),
    on(
      CallPageActions.itemAnswered,
      (state, { id, instrument, itemId, score }): CallsState =>
        edit(state, id, (draft) =>
          withLocalChange(draft, {
            ...draft.content,
            assessments: withItemAnswer(
              draft.content.assessments,
              instrument,
              itemId,
              score,
            ),
          }),
        ),
    ),
    on(
      CallPageActions.riskAnswered,
      (state, { id, questionId, answer }): CallsState =>
        edit(state, id, (draft) =>
          withLocalChange(draft, {
            ...draft.content,
            risk: {
              ...draft.content.risk,
              answers: pruneSkippedAnswers({
                ...draft.content.risk.answers,
                [questionId]: answer,
              }),
            },
          }),
        ),
    ),
    on(
      CallPageActions.disclosureFieldChanged,
      (state, { id, field, value }): CallsState =>
        edit(state, id, (draft) =>
          draft.disclosureDraft
            ? {
                ...draft,
                disclosureDraft: { ...draft.disclosureDraft, [field]: value },
              }
            : draft,
        ),
    ),
    on(CallPageActions.casePicked, (state, { id, linkedCase }): CallsState =>
      edit({ ...state, lookup: initialLookup }, id, (draft) =>
        withLocalChange(
          draft,
          withCaseSubstances(
            { ...draft.content, caseId: linkedCase.id },
            toLinkedCase(linkedCase),
          ),
          { caseChoice: 'linked', linkedCase: toLinkedCase(linkedCase) },
        ),
      ),
    ),
    on(CallPageActions.anonymousChosen, (state, { id }): CallsState =>
      edit({ ...state, lookup: initialLookup }, id, (draft) =>
        withLocalChange(
          draft,
          { ...draft.content, caseId: null },
          { caseChoice: 'anonymous', linkedCase: null },
        ),
      ),
    ),
    on(CallPageActions.changeCaseClicked, (state, { id }): CallsState =>
      edit(state, id, (draft) => ({ ...draft, caseChoice: 'pending' })),
    ),
    on(
      CallPageActions.disclosureDraftChanged,
      (state, { id, draft: disclosureDraft }): CallsState =>
        edit(state, id, (draft) => ({ ...draft, disclosureDraft })),
    ),
    on(
      CallPageActions.disclosureRecorded,
      (state, { id, draft: disclosure }): CallsState =>
        edit(state, id, (draft) => {
          const emergencyDisclosure: EmergencyDisclosure = { ...disclosure };
          return withLocalChange(
            draft,
            {
              ...draft.content,
              risk: { ...draft.content.risk, emergencyDisclosure },
            },
            { disclosureDraft: disclosure },
          );
        }),
    ),
    on(
      CallPageActions.finalizeConfirmed,
      (state, { id, callbackResult }): CallsState =>
        edit(state, id, (draft) => ({
          ...draft,
          finalizing: true,
          finalizeError: null,
          callbackResult: callbackResult ?? draft.callbackResult ?? null,
        })),
    ),
    on(CallPageActions.localCopyDiscarded, (state, { id }): CallsState => {
      const draft = state.entities[id];
      if (!draft) {
        return state;
      }
      if (!draft.record) {
        return callsAdapter.removeOne(id, state);
      }
      const revision = draft.revision + 1;
      return callsAdapter.setOne(
        {
          ...draft,
          content: recordToContent(draft.record),
          revision,
          savedRevision: revision,
          recordRevision: revision,
          disclosureDraft: null,
          saveStatus: 'saved',
          saveError: null,
        },
        state,
      );
    }),
    on(AutosaveActions.saveDue, (state, { id }): CallsState =>
      update(state, id, (draft) =>
        hasUnsavedChanges(draft) &&
        isEditable(draft) &&
        draft.saveStatus === 'pending'
          ? { ...draft, saveStatus: 'saving' }
          : draft,
      ),
    ),
    on(
      CallsApiActions.draftSaved,
      (state, { id, record, revision }): CallsState =>
        update(state, id, (draft) => withSaveReply(draft, record, revision)),
    ),
    on(CallsApiActions.draftSaveFailed, (state, { id, error }): CallsState =>
      update(state, id, (draft) => ({
        ...draft,
        saveStatus: error.statusCode === 0 ? 'offline' : 'failed',
        saveError: error.statusCode === 409 ? FINALIZED_ELSEWHERE : error,
        saveAttempts: draft.saveAttempts + 1,
        // The server does not know the call (a lost create, a restored database): create it again.
        createdOnServer:
          error.statusCode === 404 ? false : draft.createdOnServer,
      })),
    ),
    on(CallsApiActions.callFinalized, (state, { record }): CallsState =>
      update(state, record.id, (draft) => ({
        ...draft,
        content: recordToContent(record),
        savedRevision: draft.revision,
        createdOnServer: true,
        record,
        recordRevision: draft.revision,
        lastSavedAt: record.updatedAt,
        saveStatus: 'saved',
        saveError: null,
        finalizing: false,
        finalizeError: null,
      })),
    ),
    on(CallsApiActions.finalizeFailed, (state, { id, error }): CallsState =>
      update(state, id, (draft) => ({
        ...draft,
        finalizing: false,
        finalizeError: error,
      })),
    ),
    on(
      FinalCallActions.addendumTextChanged,
      (state, { id, text }): CallsState =>
        update(state, id, (draft) => ({ ...draft, addendumText: text })),
    ),
    on(FinalCallActions.addendumSubmitted, (state, { id }): CallsState =>
      update(state, id, (draft) => ({
        ...draft,
        addendumStatus: 'saving',
        addendumError: null,
      })),
    ),
    on(CallsApiActions.addendumAdded, (state, { record }): CallsState =>
      update(state, record.id, (draft) => ({
        ...draft,
        record,
        addendumText: '',
        addendumStatus: 'saved',
        addendumError: null,
      })),
    ),
    on(CallsApiActions.addendumFailed, (state, { id, error }): CallsState =>
      update(state, id, (draft) => ({
        ...draft,
        addendumStatus: 'failed',
        addendumError: error,
      })),
    ),
    on(CallsApiActions.callLoaded, (state, { record }): CallsState => {
      const opening =
        state.opening.id === record.id
          ? { id: record.id, loading: false, error: null }
          : state.opening;
      const existing = state.entities[record.id];
      const draft = existing
        ? withLoadedRecord(existing, record)
        : entityFromRecord(record);
      return callsAdapter.setOne(draft, { ...state, opening });
    }),
    on(CallsApiActions.callLoadFailed, (state, { id, error }): CallsState =>
      state.opening.id === id
        ? { ...state, opening: { id, loading: false, error } }
        : state,
    ),
    on(DeviceActions.localDraftsFound, (state, { drafts }): CallsState =>
      drafts.reduce((next, stored) => restore(next, stored), state),
    ),
    on(DeviceActions.draftRestored, (state, { draft }): CallsState =>
      restore(state, draft),
    ),
    on(DeviceActions.addendumRestored, (state, { id, text }): CallsState =>
      update(state, id, (draft) =>
        draft.addendumText ? draft : { ...draft, addendumText: text },
      ),
    ),
    on(DeviceActions.draftWriteFailed, (state, { reason }): CallsState => ({
      ...state,
      deviceError: reason,
    })),
    on(DeviceActions.draftWriteRecovered, (state): CallsState => ({
      ...state,
      deviceError: null,
    })),
    ...lookupAndListOns,
    ...callbackAndDirectoryOns,
    ...discardOns,
  ),
});
