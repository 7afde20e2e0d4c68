import type { CallContent } from '@casebook/shared/contracts';
import { isEmptyCallContent } from './empty-draft';

/** What the dashboard sends when "New call" starts a draft. */
const started: CallContent = {
  caseId: null,
  direction: 'inbound',
  callerRelation: 'self',
  startedAt: '2026-12-03T10:00:00.000Z',
  endedAt: null,
  notes: '',
  lastUseAt: null,
  substance: null,
  coUsedSubstances: [],
  pregnant: false,
  withdrawalDangerSigns: [],
  overdose: null,
  assessments: [],
  symptoms: { symptomIds: [], freeText: '' },
  risk: { answers: {}, emergencyDisclosure: null },
  outcome: null,
  referrals: [],
  naloxoneDiscussed: false,
  naloxoneNotDiscussedReason: '',
  overdoseEducationGiven: false,
};

describe('isEmptyCallContent', () => {
  it('calls a just-started draft empty, whichever way it was started', () => {
    expect(isEmptyCallContent(started)).toBeTrue();
    expect(
      isEmptyCallContent({ ...started, direction: 'outbound' }),
    ).toBeTrue();
    expect(
      isEmptyCallContent({
        direction: 'inbound',
        startedAt: started.startedAt,
      }),
    ).toBeTrue();
  });

  it('does not count blank text or an instrument opened with nothing answered', () => {
    expect(isEmptyCallContent({ ...started, notes: '  \n ' })).toBeTrue();
    expect(
      isEmptyCallContent({
        ...started,
        symptoms: { symptomIds: [], freeText: ' ' },
      }),
    ).toBeTrue();
    expect(
      isEmptyCallContent({
        ...started,
        assessments: [{ instrument: 'sows', answers: {} }],
      }),
    ).toBeTrue();
    const cleared = { anxious: null } as unknown as Record<string, number>;
    expect(
      isEmptyCallContent({
        ...started,
        assessments: [{ instrument: 'sows', answers: cleared }],
      }),
    ).toBeTrue();
  });

  const recorded: [string, CallContent][] = [
    ['a note', { notes: 'Caller hung up' }],
    ['a linked case', { caseId: '0b7e1c2d-0000-4000-8000-000000000001' }],
    ['another caller relation', { callerRelation: 'family' }],
    ['the call marked ended', { endedAt: '2026-12-03T10:01:00.000Z' }],
    ['a last use', { lastUseAt: '2026-12-03T04:00:00.000Z' }],
    ['a substance', { substance: 'fentanyl' }],
    ['a co-used substance', { coUsedSubstances: ['alcohol'] }],
    ['pregnancy', { pregnant: true }],
    ['a withdrawal danger sign', { withdrawalDangerSigns: ['seizure'] }],
    [
      'an overdose',
      { overdose: { openedAt: '2026-12-03T10:01:00.000Z', steps: [] } },
    ],
    [
      'one SOWS answer',
      { assessments: [{ instrument: 'sows', answers: { anxious: 0 } }] },
    ],
    ['a symptom', { symptoms: { symptomIds: ['insomnia'] } }],
    ['free-text symptoms', { symptoms: { symptomIds: [], freeText: 'itchy' } }],
    ['a screener answer', { risk: { answers: { q1: false } } }],
    ['an outcome', { outcome: 'support-given' }],
    ['a referral', { referrals: [{ type: 'detox' }] }],
    ['naloxone discussed', { naloxoneDiscussed: true }],
    [
      'why naloxone was not discussed',
      { naloxoneNotDiscussedReason: 'Caller declined' },
    ],
    ['overdose education', { overdoseEducationGiven: true }],
  ];
  for (const [what, change] of recorded) {
    it(`calls a draft with ${what} not empty`, () => {
      expect(isEmptyCallContent({ ...started, ...change })).toBeFalse();
    });
  }
});
