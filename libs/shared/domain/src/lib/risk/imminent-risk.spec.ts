import { CSSRS_TRIAGE, IMMINENT_RISK_STEPS } from './imminent-risk';

describe('imminent-risk steps', () => {
  const text = IMMINENT_RISK_STEPS.map((step) => step.text).join(' ');

  it('starts with staying engaged with the caller', () => {
    expect(IMMINENT_RISK_STEPS[0].id).toBe('stay-engaged');
    expect(IMMINENT_RISK_STEPS[0].text).toContain('Stay engaged');
  });

  it('names 988 and 911', () => {
    expect(text).toContain('988');
    expect(text).toContain('911');
  });

  it('tells the counselor to tell the supervisor now', () => {
    expect(
      IMMINENT_RISK_STEPS.find((step) => step.id === 'tell-supervisor')?.text,
    ).toBe('Tell the supervisor now.');
  });

  it('asks for the emergency disclosure to be recorded with who, to whom, when and why', () => {
    const record =
      IMMINENT_RISK_STEPS.find((step) => step.id === 'record-disclosure')
        ?.text ?? '';
    for (const word of ['who', 'to whom', 'when', 'why']) {
      expect(record).toContain(word);
    }
  });
});

describe('C-SSRS triage presentation', () => {
  it('uses the screener form colors: low yellow, moderate orange, high red', () => {
    expect([
      CSSRS_TRIAGE.low.color,
      CSSRS_TRIAGE.moderate.color,
      CSSRS_TRIAGE.high.color,
    ]).toEqual(['yellow', 'orange', 'red']);
    expect(CSSRS_TRIAGE.none.color).toBeNull();
  });
});
