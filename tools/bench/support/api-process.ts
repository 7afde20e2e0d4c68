import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Resident memory of the API process now (bytes), from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

/** Starts the built API (dist/apps/api) on a SQLite file, as production runs it; `env` overrides that environment. */
export async function startApi(
  workspaceRoot: string,
  databasePath: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(workspaceRoot, 'dist/apps/api/main.js')],
    {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_PATH: databasePath,
        DASHBOARD_DIR: 'off',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error('the API did not start within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    rss: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(
        readFileSync(`/proc/${pid}/status`, 'utf8'),
      );
      return match ? Number(match[1]) * 1024 : Number.NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A signed-in client of the API. */
export class ApiClient {
  private constructor(
    private readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async signIn(
    baseUrl: string,
    username: string,
    password: string,
  ): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok)
      throw new Error(`sign-in as ${username} answered ${response.status}`);
    return new ApiClient(
      baseUrl,
      ((await response.json()) as { accessToken: string }).accessToken,
    );
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    if (!response.ok)
      throw new Error(
        `${method} ${path} answered ${response.status}: ${await response.text()}`,
      );
    return (await response.json()) as T;
  }

  request(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
