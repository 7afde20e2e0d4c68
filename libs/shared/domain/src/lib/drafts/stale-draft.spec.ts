import {
  isStaleDraft,
  STALE_DRAFT_MINUTES,
  staleDraftSavedBefore,
} from './stale-draft';

describe('isStaleDraft', () => {
  const savedAt = new Date('2026-12-03T10:00:00.000Z');

  it('keeps a draft in progress at 29:59 without a save', () => {
    expect(
      isStaleDraft(savedAt, new Date('2026-12-03T10:29:59.000Z')),
    ).toBeFalse();
    expect(
      isStaleDraft(savedAt, new Date('2026-12-03T10:29:59.999Z')),
    ).toBeFalse();
  });

  it('makes it unfinished at exactly 30:00, and after', () => {
    expect(STALE_DRAFT_MINUTES).toBe(30);
    expect(
      isStaleDraft(savedAt, new Date('2026-12-03T10:30:00.000Z')),
    ).toBeTrue();
    expect(
      isStaleDraft(savedAt, new Date('2026-12-03T13:00:00.000Z')),
    ).toBeTrue();
  });

  it('gives the database the same boundary: saved at or before it is stale', () => {
    const now = new Date('2026-12-03T10:30:00.000Z');
    expect(staleDraftSavedBefore(now).toISOString()).toBe(
      savedAt.toISOString(),
    );
    expect(isStaleDraft(staleDraftSavedBefore(now), now)).toBeTrue();
    expect(
      isStaleDraft(new Date(staleDraftSavedBefore(now).getTime() + 1), now),
    ).toBeFalse();
  });
});
