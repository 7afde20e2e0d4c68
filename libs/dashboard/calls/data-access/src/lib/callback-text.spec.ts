import { callbackConfirmation, callbackDueText } from './callback-text';

describe('call-back confirmation text', () => {
  const now = new Date(2026, 2, 2, 14, 0).getTime();
  const due = new Date(2026, 2, 3, 9, 0).toISOString();

  it('names the weekday and the local time within the week', () => {
    expect(callbackDueText(due, now)).toMatch(/ 09:00$/);
    expect(callbackDueText(due, now)).not.toMatch(/Mar/);
  });

  it('adds the date beyond a week', () => {
    const later = new Date(2026, 2, 20, 9, 0).toISOString();
    expect(callbackDueText(later, now)).toMatch(/20/);
  });

  it('says who has it', () => {
    const base = { dueAt: due, assignedToName: 'Casey Counselor' };
    expect(
      callbackConfirmation({ ...base, assignedToId: 'u-1' }, 'u-1', now),
    ).toMatch(/^Call-back scheduled for .+ 09:00, assigned to you$/);
    expect(
      callbackConfirmation({ ...base, assignedToId: null }, 'u-1', now),
    ).toMatch(/assigned to the team$/);
  });
});
