import { OVERDOSE_STEPS } from '@casebook/shared/contracts';
import { OVERDOSE_GUIDE } from './overdose-guide';
import { overdoseResponseProblems } from './overdose-rules';

const now = new Date('2026-12-03T12:00:00Z');
const started = Date.parse('2026-12-03T11:50:00Z');

describe('overdose response rules', () => {
  it('accepts steps ticked in any order after the guide opened', () => {
    const response = {
      openedAt: '2026-12-03T11:55:00Z',
      steps: [
        { step: 'call-911' as const, doneAt: '2026-12-03T11:55:10Z' },
        { step: 'give-naloxone' as const, doneAt: '2026-12-03T11:56:00Z' },
        {
          step: 'check-responsiveness' as const,
          doneAt: '2026-12-03T11:56:30Z',
        },
      ],
    };
    expect(overdoseResponseProblems(response, started, now)).toEqual([]);
  });

  it('names a step ticked twice, a tick before the guide opened and one in the future', () => {
    const problems = overdoseResponseProblems(
      {
        openedAt: '2026-12-03T11:55:00Z',
        steps: [
          { step: 'call-911', doneAt: '2026-12-03T11:55:10Z' },
          { step: 'call-911', doneAt: '2026-12-03T11:56:10Z' },
          { step: 'give-naloxone', doneAt: '2026-12-03T11:40:00Z' },
          { step: 'second-dose', doneAt: '2026-12-03T12:30:00Z' },
        ],
      },
      started,
      now,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'overdose.steps.1.step',
      'overdose.steps.2.doneAt',
      'overdose.steps.3.doneAt',
    ]);
  });

  it('refuses a guide opened before the call started or in the future, within five minutes of clock drift', () => {
    const at = (openedAt: string) =>
      overdoseResponseProblems({ openedAt, steps: [] }, started, now).map(
        (p) => p.field,
      );
    expect(at('2026-12-03T11:44:00Z')).toEqual(['overdose.openedAt']);
    expect(at('2026-12-03T11:46:00Z')).toEqual([]);
    expect(at('2026-12-03T12:04:00Z')).toEqual([]);
    expect(at('2026-12-03T12:06:00Z')).toEqual(['overdose.openedAt']);
  });

  it('guides every step, in the toolkit order, with 911 first', () => {
    expect(OVERDOSE_GUIDE.map((s) => s.step)).toEqual([...OVERDOSE_STEPS]);
    expect(OVERDOSE_GUIDE.find((s) => s.step === 'second-dose')?.say).toContain(
      '2–3 minutes',
    );
  });
});
