import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_SESSION_IDLE_MINUTES,
  passwordProblem,
} from '@casebook/shared/domain';
import { AppConfig } from './app-config';

/** A bad environment value; its message is the one line printed before the API stops. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const DEFAULT_DASHBOARD_DIR = 'dist/apps/dashboard/browser';
const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

/**
 * Reads and validates the environment. Throws {@link ConfigError} naming the first bad
 * variable, so a typo stops the API at start instead of surfacing at 3 a.m.
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const demoData = flag(env, 'DEMO_DATA', false);
  if (demoData && nodeEnv === 'production') {
    throw new ConfigError(
      'DEMO_DATA must be off when NODE_ENV=production (demo accounts have published passwords)',
    );
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    database: database(env),
    bootstrapAdmin: bootstrapAdmin(env),
    demoData,
    session: {
      idleMinutes: integer(
        env,
        'SESSION_IDLE_MINUTES',
        DEFAULT_SESSION_IDLE_MINUTES,
        1,
        720,
      ),
    },
    phoneDefaultCountry: country(env, 'PHONE_DEFAULT_COUNTRY', 'US'),
    dashboardDir: dashboardDir(env),
    corsOrigins: corsOrigins(env),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
    apiDocs: flag(env, 'API_DOCS', nodeEnv !== 'production'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      LOG_LEVELS,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
  };
}

function database(env: Env): AppConfig['database'] {
  const type = oneOf(
    env,
    'DATABASE_TYPE',
    ['sqlite', 'postgres'] as const,
    'sqlite',
  );
  if (type === 'postgres') {
    const url = text(env, 'DATABASE_URL');
    if (!url)
      throw new ConfigError(
        'DATABASE_URL is required when DATABASE_TYPE=postgres',
      );
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(
        'DATABASE_URL must be a postgres:// connection string',
      );
    }
    return { type, url };
  }
  return { type, path: text(env, 'DATABASE_PATH') ?? 'data/casebook.sqlite' };
}

function bootstrapAdmin(env: Env): AppConfig['bootstrapAdmin'] {
  const username = text(env, 'ADMIN_USERNAME');
  const password = env['ADMIN_PASSWORD'];
  if (!username && !password) return null;
  if (!username)
    throw new ConfigError(
      'ADMIN_USERNAME is required when ADMIN_PASSWORD is set',
    );
  if (!password)
    throw new ConfigError(
      'ADMIN_PASSWORD is required when ADMIN_USERNAME is set',
    );
  const problem = passwordProblem(password);
  if (problem) throw new ConfigError(`ADMIN_PASSWORD is refused: ${problem}`);
  return { username, password };
}

function dashboardDir(env: Env): string | null {
  const configured = text(env, 'DASHBOARD_DIR');
  if (configured === 'off') return null;
  if (configured) {
    if (!existsSync(resolve(configured, 'index.html'))) {
      throw new ConfigError(
        `DASHBOARD_DIR must be a built dashboard folder holding index.html, got "${configured}"`,
      );
    }
    return resolve(configured);
  }
  return existsSync(resolve(DEFAULT_DASHBOARD_DIR, 'index.html'))
    ? resolve(DEFAULT_DASHBOARD_DIR)
    : null;
}

function corsOrigins(env: Env): string[] {
  const origins = (text(env, 'CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS must list origins like https://helpline.example.org, got "${origin}"`,
      );
    }
  }
  return origins;
}

function country(env: Env, name: string, fallback: string): string {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^[A-Z]{2}$/.test(raw))
    throw new ConfigError(
      `${name} must be a two-letter country code like US, got "${raw}"`,
    );
  return raw;
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(
      `${name} must be a whole number from ${min} to ${max}, got "${raw}"`,
    );
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(
    `${name} must be on or off (1/0, true/false), got "${raw}"`,
  );
}

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `${name} must be one of ${allowed.join(', ')}, got "${raw}"`,
    );
  }
  return raw as T;
}
