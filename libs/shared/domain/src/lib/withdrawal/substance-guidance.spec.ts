import { SUBSTANCES, type Substance } from '@casebook/shared/contracts';
import {
  CO_USE_OVERDOSE_FLAG,
  namesOpioid,
  substanceCourseNote,
  toleranceWarningFor,
} from './substance-guidance';

const only = (primary: Substance | null, ...coUsed: Substance[]) => ({
  primary,
  coUsed,
});

describe('substance guidance', () => {
  it('leaves heroin, fentanyl, immediate-release opioids and an unknown substance to the short-acting estimate', () => {
    for (const substance of [
      'heroin',
      'fentanyl',
      'prescription-opioids-ir',
      'unknown',
      null,
    ] as const) {
      expect(substanceCourseNote(substance))
        .withContext(String(substance))
        .toBeNull();
    }
  });

  it('never says "later and longer" of prescription opioids of unknown release: it asks which release they are', () => {
    const note = substanceCourseNote('prescription-opioids');
    expect(note?.kind).toBe('ask-release');
    expect(note?.text).toContain('Immediate-release');
    expect(note?.text).toContain('6–12 hours');
  });

  it('gives methadone and extended-release opioids the long-acting course', () => {
    for (const substance of ['methadone', 'prescription-opioids-er'] as const) {
      expect(substanceCourseNote(substance)?.kind)
        .withContext(substance)
        .toBe('long-acting');
      expect(substanceCourseNote(substance)?.text)
        .withContext(substance)
        .toContain('30–72 hours');
    }
  });

  it('says plainly that no timeline is given for buprenorphine, stimulants and xylazine', () => {
    for (const substance of [
      'buprenorphine',
      'stimulants',
      'xylazine',
    ] as const) {
      const note = substanceCourseNote(substance);
      expect(note?.kind).withContext(substance).toBe('no-timeline');
      expect(note?.text)
        .withContext(substance)
        .toContain('no withdrawal timeline');
    }
  });

  it('meets alcohol, benzodiazepines and "other" with danger, never reassurance: 911 signs, medical detox', () => {
    for (const substance of ['alcohol', 'benzodiazepines', 'other'] as const) {
      const note = substanceCourseNote(substance);
      expect(note?.kind).withContext(substance).toBe('danger');
      for (const part of [
        'seizures',
        'call 911',
        'medical detox',
        'Do not reassure',
        'do not use the opioid timeline',
      ]) {
        expect(note?.text).withContext(substance).toContain(part);
      }
    }
    expect(substanceCourseNote('alcohol')?.text).toContain('delirium tremens');
  });

  it('names naloxone for every opioid and for a supply with xylazine in it, and for nothing else', () => {
    expect(SUBSTANCES.filter((s) => namesOpioid(only(s)))).toEqual([
      'heroin',
      'fentanyl',
      'prescription-opioids-ir',
      'prescription-opioids-er',
      'prescription-opioids',
      'methadone',
      'buprenorphine',
      'xylazine',
    ]);
    expect(namesOpioid(only(null))).toBeFalse();
    expect(namesOpioid(only('alcohol', 'heroin')))
      .withContext('an opioid co-used')
      .toBeTrue();
  });

  it('tells a fentanyl or unknown caller after ten days that tolerance is lost, but not a methadone or buprenorphine caller', () => {
    expect(toleranceWarningFor(only('fentanyl'), 240)?.level).toBe('lost');
    expect(toleranceWarningFor(only(null), 240)?.level).toBe('lost');
    expect(toleranceWarningFor(only('unknown'), 240)?.level).toBe('lost');
    expect(toleranceWarningFor(only('methadone'), 240)).toBeNull();
    expect(toleranceWarningFor(only('methadone', 'heroin'), 240))
      .withContext('maintained, using on top')
      .toBeNull();
    expect(toleranceWarningFor(only('buprenorphine'), 500)).toBeNull();
    expect(toleranceWarningFor(only('heroin'), 20)).toBeNull();
  });

  it('gives no tolerance warning where no opioid may be involved', () => {
    for (const substance of [
      'alcohol',
      'benzodiazepines',
      'stimulants',
      'other',
    ] as const) {
      expect(toleranceWarningFor(only(substance), 500))
        .withContext(substance)
        .toBeNull();
    }
    expect(toleranceWarningFor(only('alcohol', 'fentanyl'), 500)?.level)
      .withContext('fentanyl co-used')
      .toBe('lost');
  });

  it('cites its sources for the co-use flag', () => {
    expect(CO_USE_OVERDOSE_FLAG.source).toContain('FDA');
  });
});
