import { dateTimeText } from '@casebook/shared/domain';
import { callbackConfirmation, callbackDueText } from './callback-text';

describe('call-back confirmation text', () => {
  const due = new Date(2026, 2, 3, 9, 0).toISOString();

  it('writes the due time in the one shared format, with the zone (it is read back to the caller)', () => {
    expect(callbackDueText(due)).toBe(dateTimeText(due, { zone: true }));
    expect(callbackDueText(due)).toMatch(/^Tue 3 Mar 2026, 09:00 \S+$/);
  });

  it('says who has it', () => {
    const base = { dueAt: due, assignedToName: 'Casey Counselor' };
    expect(
      callbackConfirmation({ ...base, assignedToId: 'u-1' }, 'u-1'),
    ).toMatch(
      /^Call-back scheduled for Tue 3 Mar 2026, 09:00 \S+, assigned to you$/,
    );
    expect(
      callbackConfirmation({ ...base, assignedToId: null }, 'u-1'),
    ).toMatch(/assigned to the team$/);
    expect(
      callbackConfirmation({ ...base, assignedToId: 'u-2' }, 'u-1'),
    ).toMatch(/assigned to Casey Counselor$/);
  });
});
