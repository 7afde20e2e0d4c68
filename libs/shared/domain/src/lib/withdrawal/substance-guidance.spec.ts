import { PRIMARY_SUBSTANCES } from '@casebook/shared/contracts';
import { namesOpioid, substanceCourseNote, toleranceWarningFor } from './substance-guidance';

describe('substance guidance', () => {
  it('leaves heroin, fentanyl and an unknown substance to the short-acting estimate', () => {
    for (const substance of ['heroin', 'fentanyl', 'unknown', null] as const) {
      expect(substanceCourseNote(substance)).withContext(String(substance)).toBeNull();
    }
  });

  it('never says "later and longer" of prescription opioids: it asks which release they are', () => {
    const note = substanceCourseNote('prescription-opioids');
    expect(note?.kind).toBe('ask-release');
    expect(note?.text).toContain('Immediate-release');
    expect(note?.text).toContain('6–12 hours');
  });

  it('gives methadone the long-acting course and buprenorphine no timeline, said plainly', () => {
    expect(substanceCourseNote('methadone')?.text).toContain('30–72 hours');
    expect(substanceCourseNote('buprenorphine')?.kind).toBe('no-timeline');
  });

  it('meets "other" with danger, not reassurance: alcohol and benzodiazepine withdrawal, 911 signs, medical detox', () => {
    const note = substanceCourseNote('other');
    expect(note?.kind).toBe('danger');
    for (const part of ['seizures', 'delirium tremens', 'benzodiazepines', 'call 911', 'medical detox', 'Do not reassure']) {
      expect(note?.text).toContain(part);
    }
  });

  it('names every opioid for naloxone, and nothing else', () => {
    expect(PRIMARY_SUBSTANCES.filter(namesOpioid)).toEqual(['heroin', 'fentanyl', 'prescription-opioids', 'methadone', 'buprenorphine']);
    expect(namesOpioid(null)).toBeFalse();
  });

  it('tells a fentanyl or unknown caller after ten days that tolerance is lost, but not a methadone or buprenorphine caller', () => {
    expect(toleranceWarningFor('fentanyl', 240)?.level).toBe('lost');
    expect(toleranceWarningFor(null, 240)?.level).toBe('lost');
    expect(toleranceWarningFor('methadone', 240)).toBeNull();
    expect(toleranceWarningFor('buprenorphine', 500)).toBeNull();
    expect(toleranceWarningFor('other', 500)).toBeNull();
    expect(toleranceWarningFor('heroin', 20)).toBeNull();
  });
});
