import {
  looksLikePhoneNumber,
  normalizePhone,
  NOT_A_PHONE_NUMBER,
} from './phone';

describe('normalizePhone', () => {
  const US_FORMATS = [
    '(201) 555-0123',
    '201-555-0123',
    '201.555.0123',
    '2015550123',
    '1-201-555-0123',
    '+1 201 555 0123',
    '  201 555 0123  ',
  ];

  for (const input of US_FORMATS) {
    it(`normalizes the US number "${input}" to +12015550123`, () => {
      expect(normalizePhone(input)).toEqual({ ok: true, e164: '+12015550123' });
    });
  }

  it('normalizes an international +44 number regardless of the default country', () => {
    expect(normalizePhone('+44 20 7946 0958')).toEqual({
      ok: true,
      e164: '+442079460958',
    });
    expect(normalizePhone('+442079460958', 'US')).toEqual({
      ok: true,
      e164: '+442079460958',
    });
  });

  it('reads a national number in the given default country', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toEqual({
      ok: true,
      e164: '+442079460958',
    });
    expect(normalizePhone('020 7946 0958', 'US')).toEqual({
      ok: false,
      problem: NOT_A_PHONE_NUMBER,
    });
  });

  it('reads a US international prefix (011)', () => {
    expect(normalizePhone('011 44 20 7946 0958')).toEqual({
      ok: true,
      e164: '+442079460958',
    });
  });

  it('keeps a typed extension beside the E.164 number', () => {
    expect(normalizePhone('(212) 555-1234 ext. 5')).toEqual({
      ok: true,
      e164: '+12125551234',
      extension: '5',
    });
  });

  for (const garbage of [
    'hello',
    '',
    '12',
    '555-1234',
    '911',
    '+1 555',
    'call me',
    '(201) 555-01234567',
    '+999 123 456 789',
  ]) {
    it(`says "${garbage}" is not a phone number`, () => {
      expect(normalizePhone(garbage)).toEqual({
        ok: false,
        problem: 'not a phone number',
      });
    });
  }

  it('refuses non-strings and overlong input without parsing it', () => {
    expect(normalizePhone(2015550123)).toEqual({
      ok: false,
      problem: NOT_A_PHONE_NUMBER,
    });
    expect(normalizePhone(null)).toEqual({
      ok: false,
      problem: NOT_A_PHONE_NUMBER,
    });
    expect(normalizePhone(`201 555 0123${' '.repeat(40)}`)).toEqual({
      ok: false,
      problem: NOT_A_PHONE_NUMBER,
    });
  });
});

describe('looksLikePhoneNumber', () => {
  it('sees phone numbers in the usual formats', () => {
    for (const text of [
      '(201) 555-0123',
      '201-555-0123',
      '+44 20 7946 0958',
      '2015550123',
      '555-1234',
      '011 44 20 7946 0958',
    ]) {
      expect(looksLikePhoneNumber(text)).withContext(text).toBeTrue();
    }
  });

  it('sends anything with letters, or too few digits, to alias search', () => {
    for (const text of [
      'Sam',
      'Sam 2015550123',
      'caller 42',
      '12-34',
      '911',
      '',
      '+',
      '201 555 0123 ext 5',
    ]) {
      expect(looksLikePhoneNumber(text)).withContext(text).toBeFalse();
    }
  });

  it('refuses more digits than any dialable number', () => {
    expect(looksLikePhoneNumber('1234567890123456789')).toBeFalse();
  });
});
