import type { Request } from 'express';
import { bearerToken } from './bearer-token';

const withHeader = (authorization?: string) =>
  ({ headers: { authorization } }) as Request;

describe('bearerToken', () => {
  it('reads the token of a Bearer header', () => {
    expect(
      bearerToken(
        withHeader('Bearer PtBfM9MEcDtCqzt11MxFc_Pl6K1Dve8Vu48csPpJHec'),
      ),
    ).toBe('PtBfM9MEcDtCqzt11MxFc_Pl6K1Dve8Vu48csPpJHec');
  });

  it('reads the scheme in any case (RFC 9110) and keeps the token as sent', () => {
    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      expect(
        bearerToken(
          withHeader(`${scheme} PtBfM9MEcDtCqzt11MxFc_Pl6K1Dve8Vu48csPpJHec`),
        ),
      ).toBe('PtBfM9MEcDtCqzt11MxFc_Pl6K1Dve8Vu48csPpJHec');
    }
  });

  it('finds no token in a missing, Basic, empty or oversized header', () => {
    expect(bearerToken(withHeader())).toBeNull();
    expect(bearerToken(withHeader('Basic dXNlcjpwYXNz'))).toBeNull();
    expect(bearerToken(withHeader('Bearer '))).toBeNull();
    expect(bearerToken(withHeader(`Bearer ${'a'.repeat(500)}`))).toBeNull();
  });
});
