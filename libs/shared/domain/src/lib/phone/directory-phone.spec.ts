import { normalizeDirectoryPhone } from './directory-phone';

describe('normalizeDirectoryPhone', () => {
  it('keeps a short dialling code as its three digits', () => {
    expect(normalizeDirectoryPhone(' 988 ')).toEqual({
      ok: true,
      phone: '988',
    });
    expect(normalizeDirectoryPhone('211')).toEqual({ ok: true, phone: '211' });
  });

  it('stores any other number in E.164, with a typed extension beside it', () => {
    expect(normalizeDirectoryPhone('1-800-662-4357')).toEqual({
      ok: true,
      phone: '+18006624357',
    });
    expect(normalizeDirectoryPhone('(212) 555-1234 ext. 5')).toEqual({
      ok: true,
      phone: '+12125551234',
      extension: '5',
    });
  });

  it('refuses what is neither', () => {
    for (const input of ['12', '987', '+988', 'call 988', null, 988]) {
      expect(normalizeDirectoryPhone(input))
        .withContext(String(input))
        .toEqual({ ok: false, problem: 'not a phone number' });
    }
  });
});
