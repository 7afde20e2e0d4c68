import {
  DISCLOSURE_NATURE_MAX_LENGTH,
  DISCLOSURE_RECIPIENT_MAX_LENGTH,
} from '../limits/record-limits';
import { emergencyDisclosureProblems } from './emergency-disclosure';

describe('emergencyDisclosureProblems', () => {
  const now = new Date('2025-03-01T12:00:00Z');
  const valid = {
    disclosedByUserId: '4b0f6c1e-2a7d-4f57-9d1b-5f3b2c0e9a11',
    recipientName: 'Dispatcher J. Ortiz (ID 4471)',
    recipientAffiliation: '911 — County Emergency Communications',
    disclosedAt: '2025-03-01T11:58:00Z',
    natureOfEmergency:
      'Caller reported taking pills within the last hour and intends to die.',
  };
  const fields = (input: unknown) =>
    emergencyDisclosureProblems(input, now).map((p) => p.field);

  it('accepts a complete disclosure: who, to whom, when, why', () => {
    expect(emergencyDisclosureProblems(valid, now)).toEqual([]);
  });

  it('requires every field', () => {
    expect(fields({})).toEqual([
      'disclosedByUserId',
      'recipientName',
      'recipientAffiliation',
      'natureOfEmergency',
      'disclosedAt',
    ]);
  });

  it('refuses blank text', () => {
    expect(
      emergencyDisclosureProblems({ ...valid, natureOfEmergency: '   ' }, now),
    ).toEqual([
      {
        field: 'natureOfEmergency',
        message: 'Nature of the emergency is required',
      },
    ]);
  });

  it('refuses text over the limits', () => {
    expect(
      fields({
        ...valid,
        recipientName: 'x'.repeat(DISCLOSURE_RECIPIENT_MAX_LENGTH + 1),
      }),
    ).toEqual(['recipientName']);
    expect(
      fields({
        ...valid,
        recipientName: 'x'.repeat(DISCLOSURE_RECIPIENT_MAX_LENGTH),
      }),
    ).toEqual([]);
    expect(
      fields({
        ...valid,
        natureOfEmergency: 'x'.repeat(DISCLOSURE_NATURE_MAX_LENGTH + 1),
      }),
    ).toEqual(['natureOfEmergency']);
  });

  it('refuses a time without a zone, an impossible date, and a time in the future beyond the clock skew', () => {
    expect(fields({ ...valid, disclosedAt: '2025-03-01T11:58:00' })).toEqual([
      'disclosedAt',
    ]);
    expect(fields({ ...valid, disclosedAt: '2025-02-30T11:58:00Z' })).toEqual([
      'disclosedAt',
    ]);
    expect(fields({ ...valid, disclosedAt: '2025-03-01T12:06:00Z' })).toEqual([
      'disclosedAt',
    ]);
    expect(fields({ ...valid, disclosedAt: '2025-03-01T12:04:00Z' })).toEqual(
      [],
    );
  });

  it('refuses non-text values, unknown fields and a non-object', () => {
    expect(fields({ ...valid, recipientName: 42 })).toEqual(['recipientName']);
    expect(fields({ ...valid, patientName: 'x' })).toEqual(['patientName']);
    expect(fields(null)).toEqual(['emergencyDisclosure']);
  });
});
