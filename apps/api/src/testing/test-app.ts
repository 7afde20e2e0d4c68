import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type {
  CreateUserRequest,
  LoginResponse,
  Role,
} from '@casebook/shared/contracts';
import { DEMO_ACCOUNTS } from '@casebook/api/users';
import {
  type AppConfig,
  Clock,
  loadConfig,
  ManualClock,
} from '@casebook/api/core';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/create-app';

export const TEST_ADMIN = {
  username: 'root.admin',
  password: 'root-admin-password',
};

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  clock: ManualClock;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The real application on a real SQLite file in a fresh temporary folder, with the
 * configured admin and the demo accounts, driven over real HTTP by supertest.
 */
export async function startTestApp(
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-spec-'));
  const postgres = await freshPostgresDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: join(dir, 'casebook.sqlite'),
    ...(postgres
      ? { DATABASE_TYPE: 'postgres', DATABASE_URL: postgres.url }
      : {}),
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    DEMO_DATA: '1',
    DASHBOARD_DIR: 'off',
    // SPEC_LOG_LEVEL=error shows what a 500 in a spec was (the server logs no PHI).
    ...(process.env['SPEC_LOG_LEVEL']
      ? { LOG_LEVEL: process.env['SPEC_LOG_LEVEL'] }
      : {}),
    ...env,
  });
  const clock = new ManualClock();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({
      bodyParser: false,
    }),
    config,
  );
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    config,
    close: async () => {
      await app.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The PostgreSQL lane: with TEST_DATABASE_URL (and DATABASE_TYPE=postgres, read when the
 * entities load) every test app gets a database of its own, dropped when it closes.
 */
export async function freshPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
} | null> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl || process.env['DATABASE_TYPE'] !== 'postgres') return null;
  const name = `casebook_spec_${randomUUID().replace(/-/g, '')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Signs in and returns the bearer token; fails the spec when sign-in does not answer 200. */
export async function signIn(
  testApp: TestApp,
  username: string,
  password: string,
): Promise<string> {
  const response = await testApp.http
    .post('/api/auth/login')
    .send({ username, password })
    .expect(200);
  return (response.body as LoginResponse).accessToken;
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** The demo account of a role, with its published password. */
export function demoAccount(role: Role): CreateUserRequest {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}
