import { expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../../../..');

/**
 * A second API process on the same database as the e2e server, as a second instance
 * behind a load balancer would be. Stop it with `stop()`.
 */
export async function startSecondApi(
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn('node', ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'test',
      DATABASE_PATH: 'tmp/e2e/casebook.sqlite',
      DASHBOARD_DIR: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  await expect
    .poll(
      async () =>
        (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0,
      { timeout: 20_000 },
    )
    .toBe(200);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Reads a stream until `found` accepts the text so far, or the time runs out. */
export async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  found: (text: string) => boolean,
  timeoutMs: number,
): Promise<boolean> {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) =>
        setTimeout(() => resolve(null), deadline - Date.now()),
      ),
    ]);
    if (!chunk || chunk.done) return found(text);
    text += decoder.decode(chunk.value, { stream: true });
    if (found(text)) return true;
  }
  return found(text);
}
