import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Starts the built API as a child process the crash test can kill -9. The bench's
 * `startApi` (tools/bench/support) runs it with NODE_ENV=production, which refuses
 * DEMO_DATA, and cannot say when a killed child is gone: hence this launcher.
 */
export interface LaunchedApi {
  baseUrl: string;
  pid: number;
  /** SIGKILL to the API's own node process (spawned directly, no shell in between); resolves once it is dead. */
  kill9(): Promise<void>;
  /** A clean stop (SIGTERM), for the API that reads the results back. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Children still alive, so that an exit on failure can kill what it started. */
const running = new Set<ChildProcess>();

export async function launchApi(
  workspaceRoot: string,
  databasePath: string,
): Promise<LaunchedApi> {
  const main = join(workspaceRoot, 'dist/apps/api/main.js');
  if (!existsSync(main))
    throw new Error(
      `${main} is missing: build it with "npx nx run api:build" first`,
    );
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development', // DEMO_DATA is refused in production
      PORT: String(port),
      DATABASE_PATH: databasePath,
      DEMO_DATA: '1',
      DASHBOARD_DIR: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output = watchOutput(child);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(signal ?? code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; its last output:\n${output.tail()}`,
    );
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    kill9: async () => {
      child.kill('SIGKILL');
      const ending = await exited;
      if (ending !== 'SIGKILL')
        throw new Error(
          `the API (pid ${pid}) ended with ${ending}, not by SIGKILL`,
        );
    },
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Kills every API this process started and has not seen end; safe inside process.on('exit'). */
export function killRunningApis(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Lines of API output kept for the message when a start fails. */
const TAIL_LINES = 40;
/** pino's number for `error`: fewer would print every expected 404 of the read-back. */
const PINO_ERROR = 50;

/**
 * The API's output, kept quiet: its warn lines are mostly the read-back's expected 404s.
 * Errors (pino level ≥ error, or anything on stderr that is not JSON) are shown as they
 * come; the last lines are kept for a failed start.
 */
function watchOutput(child: ChildProcess): { tail(): string } {
  const kept: string[] = [];
  const watch = (stream: NodeJS.ReadableStream | null, isStderr: boolean) => {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (line) => {
      kept.push(line);
      if (kept.length > TAIL_LINES) kept.shift();
      if (isError(line, isStderr))
        process.stderr.write(`  [api ${child.pid}] ${line}\n`);
    });
  };
  watch(child.stdout, false);
  watch(child.stderr, true);
  return { tail: () => kept.join('\n') };
}

function isError(line: string, isStderr: boolean): boolean {
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level;
    return typeof level === 'number' && level >= PINO_ERROR;
  } catch {
    return isStderr && line.trim() !== '';
  }
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the API exited with ${child.signalCode ?? child.exitCode} while starting`,
      );
    }
    try {
      if (
        (
          await fetch(`${baseUrl}/api/health`, {
            signal: AbortSignal.timeout(2_000),
          })
        ).ok
      )
        return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the API did not answer /api/health within ${START_TIMEOUT_MS / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A port nobody listens on right now (the OS picks it; the API binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
