import { SUBSTANCES, type Substance } from '@casebook/shared/contracts';
import {
  allNamed,
  asksWithdrawalDangerSigns,
  isOpioid,
  overdoseRiskCoUse,
} from './substance-classes';
import { SUBSTANCE_LABELS } from './substance-labels';

const named = (primary: Substance | null, ...coUsed: Substance[]) => ({
  primary,
  coUsed,
});

describe('substance classes', () => {
  it('lists the primary substance first and each substance once', () => {
    expect(allNamed(named('heroin', 'alcohol', 'heroin'))).toEqual([
      'heroin',
      'alcohol',
    ]);
    expect(allNamed(named(null, 'stimulants'))).toEqual(['stimulants']);
  });

  it('does not count xylazine, a sedative, as an opioid', () => {
    expect(isOpioid('xylazine')).toBeFalse();
    expect(isOpioid('prescription-opioids-er')).toBeTrue();
    expect(isOpioid('alcohol')).toBeFalse();
  });

  it('flags opioids with alcohol, benzodiazepines or xylazine, whichever is primary', () => {
    expect(overdoseRiskCoUse(named('fentanyl', 'xylazine'))).toEqual([
      'xylazine',
    ]);
    expect(overdoseRiskCoUse(named('alcohol', 'methadone'))).toEqual([
      'alcohol',
    ]);
    expect(
      overdoseRiskCoUse(
        named('heroin', 'benzodiazepines', 'alcohol', 'stimulants'),
      ),
    ).toEqual(['benzodiazepines', 'alcohol']);
  });

  it('raises no flag without an opioid, or with an opioid alone or with stimulants', () => {
    expect(overdoseRiskCoUse(named('alcohol', 'benzodiazepines'))).toEqual([]);
    expect(overdoseRiskCoUse(named('xylazine'))).toEqual([]);
    expect(overdoseRiskCoUse(named('heroin', 'stimulants'))).toEqual([]);
    expect(overdoseRiskCoUse(named(null))).toEqual([]);
  });

  it('asks the danger signs whenever alcohol, a benzodiazepine or an unnamed "other" substance is named', () => {
    expect(asksWithdrawalDangerSigns(named('heroin', 'alcohol'))).toBeTrue();
    expect(asksWithdrawalDangerSigns(named('benzodiazepines'))).toBeTrue();
    expect(asksWithdrawalDangerSigns(named('other'))).toBeTrue();
    expect(
      asksWithdrawalDangerSigns(named('fentanyl', 'stimulants')),
    ).toBeFalse();
    expect(asksWithdrawalDangerSigns(named(null))).toBeFalse();
  });

  it('names every substance', () => {
    for (const substance of SUBSTANCES)
      expect(SUBSTANCE_LABELS[substance]).withContext(substance).toBeTruthy();
  });
});
