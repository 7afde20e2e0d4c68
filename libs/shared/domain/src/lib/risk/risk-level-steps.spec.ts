import { CSSRS_TRIAGE } from './imminent-risk';
import { riskLevelSteps, RISK_LEVEL_STEPS } from './risk-level-steps';

describe('riskLevelSteps', () => {
  it('gives no steps without risk, and none of its own at high risk (the imminent-risk steps are shown there)', () => {
    expect(riskLevelSteps('none')).toEqual([]);
    expect(riskLevelSteps('high')).toEqual([]);
  });

  it('gives low risk 988 and resources', () => {
    expect(riskLevelSteps('low').map((step) => step.id)).toEqual([
      'share-988',
      'offer-resources',
    ]);
    expect(riskLevelSteps('low')[0].text).toContain('call or text 988');
  });

  it('gives moderate risk a safety-planning conversation, 988, a supervisor consult, a 24-hour follow-up and resources', () => {
    expect(riskLevelSteps('moderate').map((step) => step.id)).toEqual([
      'safety-plan',
      'share-988',
      'offer-supervisor',
      'follow-up-24h',
      'offer-resources',
    ]);
  });

  it("names Stanley & Brown's six components in the safety-plan step", () => {
    const text = riskLevelSteps('moderate')[0].text;
    for (const part of [
      'warning signs',
      'on their own to cope',
      'people and places',
      'ask for help',
      'professionals and agencies',
      'surroundings safer',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('covers exactly the levels between none and high, and is frozen', () => {
    expect(Object.keys(RISK_LEVEL_STEPS).sort()).toEqual(
      Object.keys(CSSRS_TRIAGE)
        .filter((level) => level !== 'none' && level !== 'high')
        .sort(),
    );
    expect(Object.isFrozen(RISK_LEVEL_STEPS.moderate)).toBeTrue();
  });
});
