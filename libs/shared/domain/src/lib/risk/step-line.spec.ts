import { NATIONAL_LINE_IDS } from '../directory/national-lines';
import { IMMINENT_RISK_STEPS } from './imminent-risk';
import { RISK_LEVEL_STEPS } from './risk-level-steps';
import { type LineEntry, stepParts, type StepWithLine } from './step-line';

const LIFELINE: LineEntry = {
  id: NATIONAL_LINE_IDS.suicideCrisisLifeline,
  name: '988 Suicide & Crisis Lifeline',
  phone: '988',
  active: true,
};

const shareStep = RISK_LEVEL_STEPS.low[0];
const emergencyStep = IMMINENT_RISK_STEPS.find(
  (step) => step.id === 'emergency-help',
) as StepWithLine;

function shown(step: StepWithLine, entries: readonly LineEntry[]): string {
  return stepParts(step, entries)
    .map((part) =>
      part.kind === 'text' ? part.text : `${part.name} at ${part.phone}`,
    )
    .join('');
}

describe('stepParts', () => {
  it('puts the directory entry’s name and number into the steps that name the Lifeline', () => {
    expect(shown(shareStep, [LIFELINE])).toBe(
      'Give the caller the 988 Suicide & Crisis Lifeline at 988: they can call or text it at any hour if the thoughts come back or get stronger.',
    );
    expect(shown(emergencyStep, [LIFELINE])).toBe(
      'Call the 988 Suicide & Crisis Lifeline at 988 or 911 as appropriate: 911 when the caller’s life is in immediate danger.',
    );
    expect(stepParts(emergencyStep, [LIFELINE])[1]).toEqual({
      kind: 'line',
      name: LIFELINE.name,
      phone: '988',
    });
  });

  it('follows an edit of the entry', () => {
    expect(
      shown(shareStep, [
        { ...LIFELINE, name: 'Lifeline', phone: '+12015550188' },
      ]),
    ).toContain('the Lifeline at +12015550188:');
  });

  it('falls back to the stored text when the entry is missing, retired or has no phone', () => {
    for (const entries of [
      [],
      [{ ...LIFELINE, active: false }],
      [{ ...LIFELINE, phone: null }],
      [{ ...LIFELINE, id: NATIONAL_LINE_IDS.poisonControl }],
    ]) {
      expect(stepParts(shareStep, entries)).toEqual([
        { kind: 'text', text: shareStep.text },
      ]);
      expect(shown(emergencyStep, entries)).toContain(
        'Call 988 (the Suicide & Crisis Lifeline) or 911',
      );
    }
  });

  it('leaves steps that name no line as they are', () => {
    const supervisor = IMMINENT_RISK_STEPS.find(
      (step) => step.id === 'tell-supervisor',
    ) as StepWithLine;
    expect(stepParts(supervisor, [LIFELINE])).toEqual([
      { kind: 'text', text: 'Tell the supervisor now.' },
    ]);
  });

  it('names the Lifeline in every step whose stored text says 988', () => {
    const steps: StepWithLine[] = [
      ...IMMINENT_RISK_STEPS,
      ...RISK_LEVEL_STEPS.low,
      ...RISK_LEVEL_STEPS.moderate,
    ];
    for (const step of steps.filter((candidate) =>
      candidate.text.includes('988'),
    )) {
      expect(step.line?.resourceId)
        .withContext(step.text)
        .toBe(NATIONAL_LINE_IDS.suicideCrisisLifeline);
    }
  });
});
