import { SYMPTOM_FREE_TEXT_MAX_LENGTH } from '../limits/record-limits';
import {
  isSymptomId,
  SYMPTOM_CATALOGUE,
  SYMPTOM_SOURCES,
  symptomReportProblems,
} from './catalogue';

describe('symptom catalogue', () => {
  const ids = SYMPTOM_CATALOGUE.map((symptom) => symptom.id);

  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the symptoms the helpline asks about', () => {
    for (const id of [
      'cravings',
      'insomnia',
      'appetite-loss',
      'nausea',
      'vomiting',
      'diarrhea',
      'stomach-cramps',
      'aches',
      'restlessness',
      'anxiety',
      'sweating',
      'chills',
      'goosebumps',
      'runny-nose',
      'yawning',
      'irritability',
      'low-mood',
      'fatigue',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('does not list hunger: withdrawal brings loss of appetite (DESIGN.md)', () => {
    const words = SYMPTOM_CATALOGUE.map((symptom) =>
      `${symptom.id} ${symptom.label}`.toLowerCase(),
    ).join(' ');
    expect(words).not.toMatch(/hung(er|ry)|increased appetite/);
    expect(
      SYMPTOM_CATALOGUE.find((symptom) => symptom.id === 'appetite-loss')
        ?.label,
    ).toBe('Loss of appetite');
  });

  it('notes that cravings outlast the acute week', () => {
    expect(
      SYMPTOM_CATALOGUE.find((symptom) => symptom.id === 'cravings')?.note,
    ).toContain('weeks to months');
  });

  it('cites a known source for every entry and note, and every source is used', () => {
    const sourceIds = SYMPTOM_SOURCES.map((source) => source.id);
    const cited = SYMPTOM_CATALOGUE.flatMap((symptom) => [
      symptom.source,
      ...(symptom.noteSource ? [symptom.noteSource] : []),
    ]);
    expect(cited.every((id) => sourceIds.includes(id))).toBeTrue();
    expect(new Set(cited)).toEqual(new Set(sourceIds));
    expect(
      SYMPTOM_SOURCES.every((source) => source.citation.length > 20),
    ).toBeTrue();
  });

  it('labels fatigue as Casebook’s choice: the SAMHSA advisory it was cited to does not list it', () => {
    const fatigue = SYMPTOM_CATALOGUE.find(
      (symptom) => symptom.id === 'fatigue',
    );
    expect(fatigue?.source).toBe('casebook-choice');
    expect(fatigue?.note).toContain('Casebook’s addition');
    const advisory = SYMPTOM_SOURCES.find(
      (source) => source.id === 'protracted-withdrawal',
    );
    expect(advisory?.citation).not.toMatch(/fatigue/i);
  });

  it('recognizes catalogue ids only', () => {
    expect(isSymptomId('diarrhea')).toBeTrue();
    expect(isSymptomId('hunger')).toBeFalse();
    expect(isSymptomId(3)).toBeFalse();
  });
});

describe('symptomReportProblems', () => {
  it('accepts catalogue ids and free text within the limit', () => {
    expect(
      symptomReportProblems(
        ['cravings', 'insomnia'],
        'x'.repeat(SYMPTOM_FREE_TEXT_MAX_LENGTH),
      ),
    ).toEqual([]);
    expect(symptomReportProblems([])).toEqual([]);
  });

  it('names unknown and duplicate ids', () => {
    expect(
      symptomReportProblems(['hunger', 'nausea', 'nausea', 7]).map((p) => [
        p.symptomId,
        p.code,
      ]),
    ).toEqual([
      ['hunger', 'unknown-symptom'],
      ['nausea', 'duplicate-symptom'],
      ['7', 'unknown-symptom'],
    ]);
  });

  it('refuses free text over the limit and a list longer than the catalogue', () => {
    expect(
      symptomReportProblems(
        [],
        'x'.repeat(SYMPTOM_FREE_TEXT_MAX_LENGTH + 1),
      ).map((p) => p.code),
    ).toEqual(['free-text-too-long']);
    const tooMany = Array.from(
      { length: SYMPTOM_CATALOGUE.length + 1 },
      () => 'nausea',
    );
    expect(symptomReportProblems(tooMany).map((p) => p.code)).toEqual([
      'too-many-symptoms',
    ]);
  });
});
