import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives the defaults of DESIGN.md for an empty environment', () => {
    const config = loadConfig({ DASHBOARD_DIR: 'off' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      type: 'sqlite',
      path: 'data/casebook.sqlite',
    });
    expect(config.session.idleMinutes).toBe(15);
    expect(config.demoData).toBeFalse();
    expect(config.bootstrapAdmin).toBeNull();
    expect(config.corsOrigins).toEqual([]);
  });

  const refusals: [string, Record<string, string>, string][] = [
    [
      'a port that is not a number',
      { PORT: 'eighty' },
      'PORT must be a whole number from 0 to 65535, got "eighty"',
    ],
    ['a port out of range', { PORT: '70000' }, 'PORT must be a whole number'],
    [
      'an unknown database type',
      { DATABASE_TYPE: 'mysql' },
      'DATABASE_TYPE must be one of sqlite, postgres, got "mysql"',
    ],
    [
      'postgres without a URL',
      { DATABASE_TYPE: 'postgres' },
      'DATABASE_URL is required when DATABASE_TYPE=postgres',
    ],
    [
      'a URL that is not postgres',
      { DATABASE_TYPE: 'postgres', DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a postgres://',
    ],
    [
      'an idle limit of zero',
      { SESSION_IDLE_MINUTES: '0' },
      'SESSION_IDLE_MINUTES must be a whole number from 1',
    ],
    [
      'a fractional idle limit',
      { SESSION_IDLE_MINUTES: '1.5' },
      'SESSION_IDLE_MINUTES must be a whole number',
    ],
    [
      'a flag that is not on or off',
      { DEMO_DATA: 'maybe' },
      'DEMO_DATA must be on or off',
    ],
    [
      'demo data in production',
      { DEMO_DATA: '1', NODE_ENV: 'production' },
      'DEMO_DATA must be off when NODE_ENV=production',
    ],
    [
      'an admin name without a password',
      { ADMIN_USERNAME: 'root' },
      'ADMIN_PASSWORD is required when ADMIN_USERNAME is set',
    ],
    [
      'a short admin password',
      { ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' },
      'ADMIN_PASSWORD is refused: password must be at least 12',
    ],
    [
      'a dashboard folder without index.html',
      { DASHBOARD_DIR: '/nonexistent' },
      'DASHBOARD_DIR must be a built dashboard folder',
    ],
    [
      'a CORS origin with a path',
      { CORS_ORIGINS: 'https://a.example/x' },
      'CORS_ORIGINS must list origins',
    ],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
  ];

  for (const [what, env, message] of refusals) {
    it(`refuses ${what} with one line naming the variable`, () => {
      expect(() =>
        loadConfig({ DASHBOARD_DIR: 'off', ...env }),
      ).toThrowMatching(
        (error) =>
          error instanceof ConfigError &&
          error.message.startsWith(message) &&
          !error.message.includes('\n'),
      );
    });
  }

  it('serves the OpenAPI document outside production, and in production only with API_DOCS=1', () => {
    expect(loadConfig({ DASHBOARD_DIR: 'off' }).apiDocs).toBeTrue();
    expect(
      loadConfig({ DASHBOARD_DIR: 'off', NODE_ENV: 'production' }).apiDocs,
    ).toBeFalse();
    expect(
      loadConfig({
        DASHBOARD_DIR: 'off',
        NODE_ENV: 'production',
        API_DOCS: '1',
      }).apiDocs,
    ).toBeTrue();
    expect(
      loadConfig({ DASHBOARD_DIR: 'off', API_DOCS: '0' }).apiDocs,
    ).toBeFalse();
  });

  it('reads a complete PostgreSQL configuration', () => {
    const config = loadConfig({
      DASHBOARD_DIR: 'off',
      DATABASE_TYPE: 'postgres',
      DATABASE_URL: 'postgres://casebook@db/casebook',
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'twelve chars',
      SESSION_IDLE_MINUTES: '30',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DEMO_DATA: 'off',
    });
    expect(config.database).toEqual({
      type: 'postgres',
      url: 'postgres://casebook@db/casebook',
    });
    expect(config.bootstrapAdmin).toEqual({
      username: 'root',
      password: 'twelve chars',
    });
    expect(config.session.idleMinutes).toBe(30);
    expect(config.corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
