import { isShortDialCode } from './short-code';

describe('isShortDialCode', () => {
  it('accepts 988 and every N11 code, with surrounding spaces', () => {
    for (const code of [
      '988',
      '211',
      '311',
      '411',
      '511',
      '611',
      '711',
      '811',
      '911',
      ' 988 ',
    ]) {
      expect(isShortDialCode(code)).withContext(code).toBeTrue();
    }
  });

  it('refuses other short numbers and anything written around a code', () => {
    for (const text of [
      '011',
      '111',
      '987',
      '989',
      '98',
      '9880',
      '+988',
      '1-988',
      '9 8 8',
      '(988)',
      '',
      'nine',
    ]) {
      expect(isShortDialCode(text)).withContext(text).toBeFalse();
    }
  });
});
