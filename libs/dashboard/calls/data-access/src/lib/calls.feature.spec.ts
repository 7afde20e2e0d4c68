import type { ApiError, CallSummary } from '@casebook/shared/contracts';
import {
  AutosaveActions,
  CallPageActions,
  CallsApiActions,
  CaseLookupActions,
  CaseLookupApiActions,
  DeviceActions,
} from './calls.actions';
import {
  callsFeature,
  initialCallsState,
  type CallsState,
} from './calls.feature';
import { toStoredDraft } from './draft-entity';
import {
  CALL_ID,
  at,
  caseSummary,
  draft,
  record,
} from './testing/call-fixtures';

const reducer = callsFeature.reducer;
const offline: ApiError = {
  statusCode: 0,
  error: 'Network Error',
  message: 'The server could not be reached.',
};

function started(): CallsState {
  return reducer(
    initialCallsState,
    CallPageActions.newCallStarted({ id: CALL_ID, startedAt: at(0) }),
  );
}

function typed(state: CallsState, notes: string): CallsState {
  return reducer(
    state,
    CallPageActions.contentChanged({ id: CALL_ID, changes: { notes } }),
  );
}

describe('calls reducer', () => {
  it('starts a local draft at once: inbound, started now, unsaved and not on the server', () => {
    const call = started().entities[CALL_ID];
    expect(call?.content.direction).toBe('inbound');
    expect(call?.content.startedAt).toBe(at(0));
    expect(call?.createdOnServer).toBeFalse();
    expect(call?.revision).toBe(1);
    expect(call?.savedRevision).toBe(0);
    expect(call?.caseChoice).toBe('pending');
    expect(call?.saveStatus).toBe('pending');
  });

  it('counts every change as a new revision', () => {
    const state = typed(typed(started(), 'Caller'), 'Caller is cold');
    expect(state.entities[CALL_ID]?.content.notes).toBe('Caller is cold');
    expect(state.entities[CALL_ID]?.revision).toBe(3);
  });

  it('marks the revision the server confirmed, keeping what was typed since', () => {
    let state = typed(started(), 'Caller');
    state = reducer(state, AutosaveActions.saveDue({ id: CALL_ID }));
    expect(state.entities[CALL_ID]?.saveStatus).toBe('saving');
    state = typed(state, 'Caller is cold and shaking');
    state = reducer(
      state,
      CallsApiActions.draftSaved({
        id: CALL_ID,
        record: record({ notes: 'Caller' }),
        revision: 2,
      }),
    );
    const call = state.entities[CALL_ID];
    expect(call?.savedRevision).toBe(2);
    expect(call?.revision).toBe(3);
    expect(call?.content.notes).toBe('Caller is cold and shaking');
    expect(call?.createdOnServer).toBeTrue();
    expect(call?.saveStatus).toBe('pending');
  });

  it('never lets an older server reply replace a newer one', () => {
    let state = typed(typed(started(), 'a'), 'ab');
    state = reducer(
      state,
      CallsApiActions.draftSaved({
        id: CALL_ID,
        record: record({ notes: 'ab', version: 3 }),
        revision: 3,
      }),
    );
    state = reducer(
      state,
      CallsApiActions.draftSaved({
        id: CALL_ID,
        record: record({ notes: 'a', version: 2 }),
        revision: 2,
      }),
    );
    const call = state.entities[CALL_ID];
    expect(call?.record?.version).toBe(3);
    expect(call?.savedRevision).toBe(3);
    expect(call?.content.notes).toBe('ab');
    expect(call?.saveStatus).toBe('saved');
  });

  it('says offline for a dropped network, and keeps saying so while the counselor types on', () => {
    let state = reducer(
      started(),
      CallsApiActions.draftSaveFailed({
        id: CALL_ID,
        error: offline,
        revision: 1,
      }),
    );
    expect(state.entities[CALL_ID]?.saveStatus).toBe('offline');
    expect(state.entities[CALL_ID]?.saveAttempts).toBe(1);
    state = typed(state, 'more');
    expect(state.entities[CALL_ID]?.saveStatus).toBe('offline');
  });

  it('shows a refusal as failed, and a 404 makes the next save a create again', () => {
    const refused: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'notes is too long',
    };
    let state = reducer(
      started(),
      CallsApiActions.draftSaved({
        id: CALL_ID,
        record: record(),
        revision: 1,
      }),
    );
    state = reducer(
      state,
      CallsApiActions.draftSaveFailed({
        id: CALL_ID,
        error: refused,
        revision: 1,
      }),
    );
    expect(state.entities[CALL_ID]?.saveStatus).toBe('failed');
    expect(state.entities[CALL_ID]?.saveError).toBe(refused);
    state = reducer(
      state,
      CallsApiActions.draftSaveFailed({
        id: CALL_ID,
        error: { ...refused, statusCode: 404 },
        revision: 1,
      }),
    );
    expect(state.entities[CALL_ID]?.createdOnServer).toBeFalse();
  });

  it('keeps unsaved local words when the server record is read, and takes a newer server copy when nothing is unsaved', () => {
    let state = typed(started(), 'typed here');
    state = reducer(
      state,
      CallsApiActions.callLoaded({
        record: record({ notes: 'older', updatedAt: at(5) }),
      }),
    );
    expect(state.entities[CALL_ID]?.content.notes).toBe('typed here');
    expect(state.entities[CALL_ID]?.createdOnServer).toBeTrue();

    let saved = reducer(
      started(),
      CallsApiActions.draftSaved({
        id: CALL_ID,
        record: record({ updatedAt: at(1) }),
        revision: 1,
      }),
    );
    saved = reducer(
      saved,
      CallsApiActions.callLoaded({
        record: record({ notes: 'from the other desk', updatedAt: at(9) }),
      }),
    );
    expect(saved.entities[CALL_ID]?.content.notes).toBe('from the other desk');
    expect(saved.entities[CALL_ID]?.revision).toBe(
      saved.entities[CALL_ID]?.savedRevision,
    );
  });

  it('turns read-only when the server says final, flagging words that could not be saved', () => {
    const state = reducer(
      typed(started(), 'late words'),
      CallsApiActions.callLoaded({ record: record({ status: 'final' }) }),
    );
    const call = state.entities[CALL_ID];
    expect(call?.record?.status).toBe('final');
    expect(call?.content.notes).toBe('late words');
    expect(call?.saveStatus).toBe('failed');
    // Further typing is refused.
    expect(typed(state, 'more').entities[CALL_ID]?.content.notes).toBe(
      'late words',
    );
  });

  it('restores a device copy only when it is further along than memory', () => {
    const memory = typed(started(), 'newer in memory');
    const older = toStoredDraft(
      draft({ content: { ...draft().content, notes: 'old' }, revision: 1 }),
      'u-casey',
    );
    expect(
      reducer(memory, DeviceActions.draftRestored({ draft: older })).entities[
        CALL_ID
      ]?.content.notes,
    ).toBe('newer in memory');
    const newer = {
      ...older,
      revision: 7,
      content: { ...older.content, notes: 'from the device' },
    };
    const restored = reducer(
      initialCallsState,
      DeviceActions.localDraftsFound({ drafts: [newer] }),
    );
    expect(restored.entities[CALL_ID]?.content.notes).toBe('from the device');
    expect(restored.entities[CALL_ID]?.saveStatus).toBe('pending');
  });

  it('finalizes: read-only with the server record, and no edits while finalizing', () => {
    let state = reducer(
      typed(started(), 'x'),
      CallPageActions.finalizeConfirmed({ id: CALL_ID }),
    );
    expect(state.entities[CALL_ID]?.finalizing).toBeTrue();
    expect(typed(state, 'y').entities[CALL_ID]?.content.notes).toBe('x');
    state = reducer(
      state,
      CallsApiActions.callFinalized({
        record: record({ status: 'final', notes: 'x' }),
      }),
    );
    expect(state.entities[CALL_ID]?.record?.status).toBe('final');
    expect(state.entities[CALL_ID]?.finalizing).toBeFalse();
    expect(state.entities[CALL_ID]?.savedRevision).toBe(
      state.entities[CALL_ID]?.revision,
    );
  });

  it('keeps a finalize failure to show, and the draft editable', () => {
    const error: ApiError = {
      statusCode: 0,
      error: 'Network Error',
      message: 'offline',
    };
    let state = reducer(
      started(),
      CallPageActions.finalizeConfirmed({ id: CALL_ID }),
    );
    state = reducer(
      state,
      CallsApiActions.finalizeFailed({ id: CALL_ID, error }),
    );
    expect(state.entities[CALL_ID]?.finalizing).toBeFalse();
    expect(state.entities[CALL_ID]?.finalizeError).toBe(error);
    expect(typed(state, 'still typing').entities[CALL_ID]?.content.notes).toBe(
      'still typing',
    );
  });

  it('applies item and screener answers as deltas to the latest state, so quick keys never undo each other', () => {
    let state = started();
    for (const itemId of ['anxious', 'yawning', 'perspiring']) {
      state = reducer(
        state,
        CallPageActions.itemAnswered({
          id: CALL_ID,
          instrument: 'sows',
          itemId,
          score: 2,
        }),
      );
    }
    state = reducer(
      state,
      CallPageActions.itemAnswered({
        id: CALL_ID,
        instrument: 'sows',
        itemId: 'yawning',
        score: null,
      }),
    );
    expect(state.entities[CALL_ID]?.content.assessments).toEqual([
      { instrument: 'sows', answers: { anxious: 2, perspiring: 2 } },
    ]);
    for (const [questionId, answer] of [
      ['q1', true],
      ['q2', true],
      ['q3', true],
      ['q2', false],
    ] as const) {
      state = reducer(
        state,
        CallPageActions.riskAnswered({ id: CALL_ID, questionId, answer }),
      );
    }
    // Q2 back to no: the skip rules drop Q3.
    expect(state.entities[CALL_ID]?.content.risk.answers).toEqual({
      q1: true,
      q2: false,
    });
    expect(state.entities[CALL_ID]?.revision).toBe(9);
  });

  it('links a picked case with its alert, and anonymous clears it', () => {
    let state = reducer(
      started(),
      CallPageActions.casePicked({ id: CALL_ID, linkedCase: caseSummary() }),
    );
    expect(state.entities[CALL_ID]?.content.caseId).toBe('case-1');
    expect(state.entities[CALL_ID]?.linkedCase?.alert).toBe('Prefers Spanish');
    expect(state.entities[CALL_ID]?.caseChoice).toBe('linked');
    state = reducer(state, CallPageActions.anonymousChosen({ id: CALL_ID }));
    expect(state.entities[CALL_ID]?.content.caseId).toBeNull();
    expect(state.entities[CALL_ID]?.caseChoice).toBe('anonymous');
  });

  it('shows lookup matches only for the text still in the field', () => {
    let state = reducer(
      started(),
      CaseLookupActions.queryChanged({ query: 'Sa' }),
    );
    state = reducer(state, CaseLookupActions.queryChanged({ query: 'Sam' }));
    const page = { items: [caseSummary()], total: 1, page: 1, pageSize: 8 };
    state = reducer(
      state,
      CaseLookupApiActions.matchesLoaded({ query: 'Sa', mode: 'q', page }),
    );
    expect(state.lookup.results).toEqual([]);
    expect(state.lookup.loading).toBeTrue();
    state = reducer(
      state,
      CaseLookupApiActions.matchesLoaded({ query: 'Sam', mode: 'q', page }),
    );
    expect(state.lookup.results.length).toBe(1);
    expect(state.lookup.loading).toBeFalse();
  });
});

describe('calls feature: a draft discarded while My drafts was being read', () => {
  function summary(id: string): CallSummary {
    return {
      id,
      caseId: null,
      caseNumber: null,
      caseAlias: null,
      counselorId: 'u-1',
      counselorName: 'Casey Counselor',
      direction: 'inbound',
      status: 'draft',
      startedAt: at(0),
      endedAt: null,
      outcome: null,
      riskLevel: null,
      latestSeverity: null,
      addendaCount: 0,
    };
  }

  it('keeps it off a page of drafts read before the discard reached the server', () => {
    const discarded = reducer(
      initialCallsState,
      CallsApiActions.draftDiscarded({ id: 'empty-1', asked: false }),
    );
    const loaded = reducer(
      discarded,
      CallsApiActions.draftsLoaded({
        page: {
          items: [summary('kept-1'), summary('empty-1')],
          total: 2,
          page: 1,
          pageSize: 25,
        },
      }),
    );
    expect(loaded.draftList.items.map((item) => item.id)).toEqual(['kept-1']);
    expect(loaded.draftList.total).toBe(1);
  });

  it('lists a page of drafts as read when nothing was discarded', () => {
    const loaded = reducer(
      initialCallsState,
      CallsApiActions.draftsLoaded({
        page: { items: [summary('kept-1')], total: 30, page: 1, pageSize: 25 },
      }),
    );
    expect(loaded.draftList.items.map((item) => item.id)).toEqual(['kept-1']);
    expect(loaded.draftList.total).toBe(30);
  });
});
