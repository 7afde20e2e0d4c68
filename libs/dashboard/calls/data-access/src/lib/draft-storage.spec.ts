import { TestBed } from '@angular/core/testing';
import { toStoredDraft } from './draft-entity';
import { DraftStorage, callDraftKey } from './draft-storage';
import { at, draft } from './testing/call-fixtures';
import { clearDeviceCopies } from './testing/calls-test-bed';

describe('DraftStorage', () => {
  let storage: DraftStorage;

  beforeEach(() => {
    clearDeviceCopies();
    storage = TestBed.inject(DraftStorage);
  });
  afterEach(() => clearDeviceCopies());

  it('keeps one key per user and call, and lists only that user’s calls, newest first', () => {
    const older = draft({ id: 'a' });
    const newer = {
      ...draft({ id: 'b' }),
      content: { ...draft().content, startedAt: at(30) },
    };
    expect(storage.write(toStoredDraft(older, 'u-1'))).toEqual({ ok: true });
    storage.write(toStoredDraft(newer, 'u-1'));
    storage.write(toStoredDraft(draft({ id: 'c' }), 'u-2'));
    expect(localStorage.getItem(callDraftKey('u-1', 'a'))).not.toBeNull();
    expect(storage.list('u-1').map((d) => d.id)).toEqual(['b', 'a']);
    expect(storage.list('u-2').map((d) => d.id)).toEqual(['c']);
    expect(storage.read('u-2', 'a')).toBeNull();
  });

  it('ignores a damaged entry instead of failing, and leaves it in place', () => {
    localStorage.setItem(callDraftKey('u-1', 'bad'), '{not json');
    expect(storage.list('u-1')).toEqual([]);
    expect(localStorage.getItem(callDraftKey('u-1', 'bad'))).toBe('{not json');
  });

  it('forgets a call and its addendum text together', () => {
    storage.write(toStoredDraft(draft({ id: 'a' }), 'u-1'));
    storage.writeAddendum('u-1', 'a', 'Called back: safe');
    expect(storage.readAddendum('u-1', 'a')).toBe('Called back: safe');
    storage.remove('u-1', 'a');
    expect(storage.read('u-1', 'a')).toBeNull();
    expect(storage.readAddendum('u-1', 'a')).toBe('');
  });

  it('reports a full storage instead of throwing', () => {
    spyOn(Storage.prototype, 'setItem').and.throwError(
      new DOMException('full', 'QuotaExceededError'),
    );
    expect(storage.write(toStoredDraft(draft(), 'u-1'))).toEqual({
      ok: false,
      reason: 'the browser storage is full',
    });
  });
});
