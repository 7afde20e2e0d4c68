import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { CallRecord } from '@casebook/shared/contracts';
import {
  CallPageActions,
  emptyDraftContent,
  newDraftEntity,
  selectCurrentCall,
  type CallDraft,
} from '@casebook/dashboard/calls/data-access';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { CurrentCallEdits } from './current-call-edits';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');

describe('CurrentCallEdits', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let edits: CurrentCallEdits;

  function showCall(draft: Partial<CallDraft> = {}): CallDraft {
    const call = {
      ...newDraftEntity('c-1', emptyDraftContent(new Date(NOW).toISOString())),
      ...draft,
    };
    store.overrideSelector(selectCurrentCall, call);
    store.refreshState();
    return call;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore(),
        { provide: CLOCK, useValue: { now: () => NOW } },
        CurrentCallEdits,
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    edits = TestBed.inject(CurrentCallEdits);
  });

  // overrideSelector changes the memoized selector itself: left set, it would answer the
  // page specs' real store with this fake call.
  afterEach(() => store.resetSelectors());

  it('changes a draft, and marks it ended now or not ended', () => {
    showCall();
    edits.setOutcome('referred');
    edits.toggleEnded();
    expect(dispatch).toHaveBeenCalledWith(
      CallPageActions.contentChanged({
        id: 'c-1',
        changes: { outcome: 'referred' },
      }),
    );
    expect(dispatch).toHaveBeenCalledWith(
      CallPageActions.contentChanged({
        id: 'c-1',
        changes: { endedAt: new Date(NOW).toISOString() },
      }),
    );
  });

  it('keeps the other symptom field as it is', () => {
    const call = showCall();
    edits.setSymptoms(null, 'restless legs');
    expect(dispatch).toHaveBeenCalledWith(
      CallPageActions.contentChanged({
        id: 'c-1',
        changes: {
          symptoms: {
            symptomIds: call.content.symptoms.symptomIds,
            freeText: 'restless legs',
          },
        },
      }),
    );
  });

  it('changes nothing in a call being finalized or final', () => {
    showCall({ finalizing: true });
    expect(edits.editable()).toBeFalse();
    edits.change({ notes: 'late' });
    showCall({ record: { status: 'final' } as CallRecord });
    expect(edits.editable()).toBeFalse();
    edits.change({ notes: 'later' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('saves at once when a text field loses focus, not when a button does', () => {
    showCall();
    edits.fieldBlurred(focusOutOf(document.createElement('button')));
    expect(dispatch).not.toHaveBeenCalled();
    edits.fieldBlurred(focusOutOf(document.createElement('textarea')));
    expect(dispatch).toHaveBeenCalledOnceWith(
      CallPageActions.fieldBlurred({ id: 'c-1' }),
    );
  });
});

function focusOutOf(target: HTMLElement): FocusEvent {
  const event = new FocusEvent('focusout');
  Object.defineProperty(event, 'target', { value: target });
  return event;
}
