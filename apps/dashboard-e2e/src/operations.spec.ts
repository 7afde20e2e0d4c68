import { expect, test } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../../..');
const mainJs = join(workspaceRoot, 'dist/apps/api/main.js');

/** The built API as an operator runs it: `node dist/apps/api/main.js` with the environment. */
test.describe('the built API as a process', () => {
  let dir: string;

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-ops-'));
  });

  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('stops at start with one line naming a bad variable', () => {
    const result = spawnSync('node', [mainJs], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        SESSION_IDLE_MINUTES: 'soon',
        DATABASE_PATH: join(dir, 'db.sqlite'),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Casebook API cannot start: SESSION_IDLE_MINUTES must be a whole number from 1 to 720, got "soon"',
    );
  });

  test('refuses demo data in production', () => {
    const result = spawnSync('node', [mainJs], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DEMO_DATA: '1',
        DATABASE_PATH: join(dir, 'db.sqlite'),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'DEMO_DATA must be off when NODE_ENV=production',
    );
  });

  test('creates and migrates its database, answers health, and exits 0 on SIGTERM', async () => {
    const port = 3190;
    const child = spawn('node', [mainJs], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_PATH: join(dir, 'nested/casebook.sqlite'),
        DEMO_DATA: '1',
        ADMIN_USERNAME: 'root',
        ADMIN_PASSWORD: 'a long admin passphrase',
        DASHBOARD_DIR: 'off',
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const base = `http://localhost:${port}`;
    await expect
      .poll(
        async () =>
          (await fetch(`http://localhost:${port}/api/health`).catch(() => null))
            ?.status ?? 0,
        {
          timeout: 20_000,
        },
      )
      .toBe(200);
    const login = await fetch(`http://localhost:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'root',
        password: 'a long admin passphrase',
      }),
    });
    expect(login.status).toBe(200);
    // A supervisor's live board holds a stream open: shutdown must end it, not wait for it.
    const supervisor = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'supervisor',
        password: 'supervisor-demo-1',
      }),
    });
    const supervisorToken = (
      (await supervisor.json()) as { accessToken: string }
    ).accessToken;
    const board = await fetch(`${base}/api/board/events`, {
      headers: { Authorization: `Bearer ${supervisorToken}` },
    });
    expect(board.status).toBe(200);
    const boardReader = (board.body as ReadableStream<Uint8Array>).getReader();
    await boardReader.read();
    const stopping = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(5000);
    await boardReader.cancel().catch(() => undefined);
    // Structured logs: every line after start-up is JSON, and none carries the password or token.
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    expect(output).not.toContain('a long admin passphrase');
    expect(output).not.toContain(token);
    expect(output).toContain('"path":"/api/auth/login"');
  });
});
