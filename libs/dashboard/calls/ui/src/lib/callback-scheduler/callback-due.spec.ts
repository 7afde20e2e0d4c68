import {
  defaultCallbackReason,
  dueInTwoHours,
  dueTomorrowMorning,
} from './callback-due';

/** Local wall-clock time, so the specs hold in any time zone. */
const local = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('call-back quick choices', () => {
  it('"In 2 hours" is two hours from now, to the minute', () => {
    const now = local(2026, 3, 2, 14, 7) + 42_500;
    const due = dueInTwoHours(now);
    expect(due.getTime()).toBe(local(2026, 3, 2, 16, 7));
    expect(due.toISOString()).toMatch(/Z$/);
  });

  it('"In 2 hours" late in the evening falls on the next day', () => {
    expect(dueInTwoHours(local(2026, 3, 2, 23, 30)).getTime()).toBe(
      local(2026, 3, 3, 1, 30),
    );
  });

  it('"Tomorrow morning" is 9:00 local on the next day', () => {
    const due = dueTomorrowMorning(local(2026, 3, 2, 14, 0));
    expect(due.getFullYear()).toBe(2026);
    expect(due.getMonth()).toBe(2);
    expect(due.getDate()).toBe(3);
    expect(due.getHours()).toBe(9);
    expect(due.getMinutes()).toBe(0);
  });

  it('"Tomorrow morning" crosses a month end', () => {
    const due = dueTomorrowMorning(local(2026, 3, 31, 20, 0));
    expect(due.getTime()).toBe(local(2026, 4, 1, 9, 0));
  });

  it('past midnight on a night shift, "tomorrow morning" is the coming morning', () => {
    expect(dueTomorrowMorning(local(2026, 3, 3, 0, 30)).getTime()).toBe(
      local(2026, 3, 3, 9, 0),
    );
    expect(dueTomorrowMorning(local(2026, 3, 3, 4, 59)).getTime()).toBe(
      local(2026, 3, 3, 9, 0),
    );
  });

  it('from 05:00 on, "tomorrow morning" is the next day again', () => {
    expect(dueTomorrowMorning(local(2026, 3, 3, 5, 0)).getTime()).toBe(
      local(2026, 3, 4, 9, 0),
    );
    expect(dueTomorrowMorning(local(2026, 3, 3, 9, 30)).getTime()).toBe(
      local(2026, 3, 4, 9, 0),
    );
  });

  it('prefills the reason with the date of the call', () => {
    const reason = defaultCallbackReason(
      new Date(local(2026, 3, 2, 14, 0)).toISOString(),
    );
    expect(reason).toMatch(/^Follow up on call of .*2026/);
  });
});
