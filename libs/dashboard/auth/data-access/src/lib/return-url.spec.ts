import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside the app, query included', () => {
    expect(safeReturnUrl('/users?page=2')).toBe('/users?page=2');
  });

  it('refuses anything that could leave the app', () => {
    for (const url of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'users',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnUrl(url)).withContext(String(url)).toBe('/');
    }
  });

  it('never returns to the login page itself', () => {
    expect(safeReturnUrl('/login?returnUrl=%2Fusers')).toBe('/');
    expect(safeReturnUrl('/login')).toBe('/');
  });
});
