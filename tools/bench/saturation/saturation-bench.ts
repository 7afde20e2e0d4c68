import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import {
  Agent,
  request as httpRequest,
  type IncomingHttpHeaders,
} from 'node:http';
import { createServer, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../support/stats';

/**
 * Saturation bench (tester's report: "under 50 busy connections the first request on a
 * new connection waited 8–10 s while steady connections stayed under 1.6 s").
 *
 *   node tools/run-ts.cjs tools/bench/saturation/saturation-bench.ts [options]
 *
 * Starts the built API (dist/apps/api/main.js, or --main) on a fresh SQLite file with the
 * demo accounts, keeps --connections keep-alive connections busy with a counselor's mix
 * (draft autosaves, case lookups, /api/auth/me), and every --probe-ms opens a *new*
 * connection whose first request is, in turn, GET /api/auth/me (an existing token) or
 * POST /api/auth/login. Prints p50/p95/max for steady vs new-connection requests, with the
 * new connection's TCP connect time apart from its first request's time. Only 127.0.0.1;
 * bounded by --seconds and a request cap. Always exits 0 once it has printed its figures.
 *
 * Options: --seconds N (load duration, 30), --connections N (50), --probe-ms N (500),
 * --think-ms N (pause between a steady connection's requests, 0), --sessions N (counselor
 * sessions shared by the steady connections, 10), --main PATH, --env KEY=VALUE (repeatable,
 * passed to the API), --node-arg ARG (repeatable, e.g. --cpu-prof), --dashboard DIR (serve the
 * dashboard, as production does, instead of DASHBOARD_DIR=off), --base-url URL (use a running
 * API instead of starting one; it must have the demo accounts), --timeline (one line per probe).
 * With --node-arg=-r --node-arg=<abs path>/trace-preload.cjs the API prints where each probe's
 * time went (before accept / before the request was read / handling) and its event-loop delay.
 *
 * What it showed (2 cores, shared): Node 20's libuv accepts ONE connection per event-loop turn
 * (libuv PR #3696), and a turn ran every ready keep-alive socket's request to completion: the
 * SQLite work is synchronous and UnitOfWork's queue drained in microtasks, so a turn lasted
 * 150-800 ms with 50 busy connections. New connections wait in the kernel's accept queue, one
 * accepted per turn; when they arrive faster than turns go round, that queue grows, and the
 * first request waited 3-15 s while requests on open connections took one turn.
 */
const WORKSPACE = resolve(__dirname, '../../..');
const MAX_REQUESTS = 400_000;

interface Options {
  seconds: number;
  connections: number;
  probeMs: number;
  thinkMs: number;
  sessions: number;
  main: string;
  env: Record<string, string>;
  nodeArgs: string[];
  dashboard: string | null;
  baseUrl: string | null;
  timeline: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      'probe-ms': { type: 'string', default: '500' },
      'think-ms': { type: 'string', default: '0' },
      sessions: { type: 'string', default: '10' },
      main: {
        type: 'string',
        default: join(WORKSPACE, 'dist/apps/api/main.js'),
      },
      env: { type: 'string', multiple: true, default: [] },
      'node-arg': { type: 'string', multiple: true, default: [] },
      dashboard: { type: 'string' },
      'base-url': { type: 'string' },
      timeline: { type: 'boolean', default: false },
    },
  });
  const env: Record<string, string> = {};
  for (const pair of values.env ?? []) {
    const at = pair.indexOf('=');
    if (at > 0) env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    seconds: Math.min(600, Number(values.seconds)),
    connections: Math.min(200, Number(values.connections)),
    probeMs: Math.max(50, Number(values['probe-ms'])),
    thinkMs: Number(values['think-ms']),
    sessions: Math.max(1, Number(values.sessions)),
    main: resolve(values.main ?? ''),
    env,
    nodeArgs: values['node-arg'] ?? [],
    dashboard: values.dashboard ?? null,
    baseUrl: values['base-url'] ?? null,
    timeline: values.timeline ?? false,
  };
}

// ---------------------------------------------------------------------------- HTTP

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** ms from the call to the socket being connected (new connections only; 0 when reused). */
  connectMs: number;
  /** ms from the call to the whole answer. */
  totalMs: number;
  /** Whether the request went out on a socket that had already carried one. */
  reused: boolean;
}

let base = { host: '127.0.0.1', port: 0 };

function send(
  method: string,
  path: string,
  options: {
    agent: Agent | false;
    token?: string;
    body?: unknown;
    timeoutMs?: number;
    mark?: boolean;
  },
): Promise<Answer> {
  const payload =
    options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    let connectMs = 0;
    let reused = false;
    const req = httpRequest(
      {
        host: base.host,
        port: base.port,
        method,
        path,
        agent: options.agent,
        headers: {
          // Lets the tracing preload (trace-preload.cjs, run in the API with --node-arg=-r) match it up.
          ...(options.mark
            ? {
                'X-Bench-Sent': String(
                  performance.timeOrigin + performance.now(),
                ),
              }
            : {}),
          ...(options.token
            ? { Authorization: `Bearer ${options.token}` }
            : {}),
          ...(payload
            ? {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(payload),
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            connectMs,
            totalMs: performance.now() - started,
            reused,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('socket', (socket: Socket) => {
      // A pooled socket is already connected; a new one reports when its handshake ends.
      if (!socket.connecting) {
        reused = true;
        return;
      }
      socket.once('connect', () => (connectMs = performance.now() - started));
    });
    req.setTimeout(options.timeoutMs ?? 60_000, () =>
      req.destroy(new Error(`${method} ${path} timed out`)),
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function signIn(
  username: string,
  password: string,
  agent: Agent | false,
): Promise<string> {
  const answer = await send('POST', '/api/auth/login', {
    agent,
    body: { username, password },
  });
  if (answer.status !== 200)
    throw new Error(
      `sign-in as ${username} answered ${answer.status}: ${answer.body}`,
    );
  return (JSON.parse(answer.body) as { accessToken: string }).accessToken;
}

// ---------------------------------------------------------------------------- API process

async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolvePromise(
          typeof address === 'object' && address ? address.port : 0,
        ),
      );
    });
  });
}

async function startApi(
  opts: Options,
): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  if (!existsSync(opts.main))
    throw new Error(
      `${opts.main} is missing: build it with "npx nx run api:build" first`,
    );
  const dir = join('/tmp', `saturation-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  base = { host: '127.0.0.1', port };
  const child = spawn(process.execPath, [...opts.nodeArgs, opts.main], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_PATH: join(WORKSPACE, 'node_modules'), // for a patched copy of main.js outside the workspace
      NODE_ENV: 'development', // DEMO_DATA is refused in production
      PORT: String(port),
      DATABASE_PATH: join(dir, 'saturation.sqlite'),
      DEMO_DATA: '1',
      DASHBOARD_DIR: opts.dashboard ?? 'off',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} while starting`);
    try {
      if (
        (await send('GET', '/api/health', { agent: false, timeoutMs: 2000 }))
          .status === 200
      )
        break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the API did not start within 90 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    child,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolvePromise();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          rmSync(dir, { recursive: true, force: true });
          resolvePromise();
        });
        child.kill('SIGTERM');
      }),
  };
}

// ---------------------------------------------------------------------------- load

type Kind =
  | 'PATCH /api/calls/:id'
  | 'POST /api/calls'
  | 'GET /api/cases?q='
  | 'GET /api/auth/me'
  | 'POST /api/auth/login';

class Samples {
  readonly byKind = new Map<string, number[]>();
  readonly statuses = new Map<string, number>();
  errors = 0;
  add(kind: string, ms: number, status: number): void {
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = []));
    list.push(ms);
    const key = `${kind} ${status}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }
  all(): number[] {
    return [...this.byKind.values()].flat();
  }
}

const LOOKUPS = ['a', 'jo', 'C-10', 'sam', 'ri', 'mar', 'C-1', 'al', 'ke', 'x'];

async function steadyConnection(
  index: number,
  token: string,
  agent: Agent,
  until: number,
  thinkMs: number,
  steady: Samples,
  rampUp: Samples,
  budget: { left: number },
): Promise<void> {
  let draft: { id: string; version: number } | null = null;
  while (Date.now() < until && budget.left-- > 0) {
    const roll = Math.random();
    let kind: Kind;
    let answer: Answer;
    try {
      if (roll < 0.5) {
        if (!draft || draft.version >= 8) {
          kind = 'POST /api/calls';
          const id = randomUUID();
          const startedAt = new Date(
            Date.now() - randomInt(60_000, 1_800_000),
          ).toISOString();
          answer = await send('POST', '/api/calls', {
            agent,
            token,
            body: { id, direction: 'inbound', startedAt, notes: `c${index}` },
          });
          if (answer.status < 300) draft = { id, version: 1 };
        } else {
          kind = 'PATCH /api/calls/:id';
          const body = {
            version: draft.version,
            notes: `conn ${index}: ${randomBytes(randomInt(16, 400)).toString('hex')}`,
          };
          answer = await send('PATCH', `/api/calls/${draft.id}`, {
            agent,
            token,
            body,
          });
          if (answer.status < 300) draft.version++;
          else draft = null;
        }
      } else if (roll < 0.8) {
        kind = 'GET /api/cases?q=';
        answer = await send(
          'GET',
          `/api/cases?q=${encodeURIComponent(LOOKUPS[randomInt(LOOKUPS.length)])}`,
          { agent, token },
        );
      } else {
        kind = 'GET /api/auth/me';
        answer = await send('GET', '/api/auth/me', { agent, token });
      }
      // A steady connection's own first request is a first-on-a-new-connection too: kept apart.
      if (answer.reused) steady.add(kind, answer.totalMs, answer.status);
      else rampUp.add(kind, answer.totalMs, answer.status);
    } catch {
      steady.errors++;
    }
    if (thinkMs > 0)
      await new Promise((r) => setTimeout(r, randomInt(0, thinkMs * 2 + 1)));
  }
}

interface Probe {
  kind: 'GET /api/auth/me' | 'POST /api/auth/login';
  at: number;
  connectMs: number;
  totalMs: number;
  status: number;
  /** The same request sent again on the same (now warm) connection right after. */
  secondMs: number | null;
}

async function probe(
  kind: Probe['kind'],
  token: string,
  at: number,
): Promise<Probe> {
  // A fresh agent per probe, keep-alive so that a second request can reuse the same socket:
  // its first request is the "first on a new connection", the second one a warm one.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first =
      kind === 'GET /api/auth/me'
        ? await send('GET', '/api/auth/me', { agent, token, mark: true })
        : await send('POST', '/api/auth/login', {
            agent,
            mark: true,
            body: { username: 'supervisor', password: 'supervisor-demo-1' },
          });
    let secondMs: number | null = null;
    if (kind === 'GET /api/auth/me') {
      const second = await send('GET', '/api/auth/me', {
        agent,
        token,
        mark: true,
      });
      secondMs = second.reused ? second.totalMs : null;
    }
    return {
      kind,
      at,
      connectMs: first.connectMs,
      totalMs: first.totalMs,
      status: first.status,
      secondMs,
    };
  } finally {
    agent.destroy();
  }
}

// ---------------------------------------------------------------------------- report

const f = (value: number) =>
  Number.isFinite(value) ? value.toFixed(0).padStart(6) : '     -';

function line(label: string, samples: readonly number[]): string {
  return `${label.padEnd(44)} n=${String(samples.length).padStart(6)}  p50 ${f(percentile(samples, 0.5))}  p95 ${f(percentile(samples, 0.95))}  max ${f(Math.max(...samples))} ms`;
}

async function main(): Promise<void> {
  const opts = options();
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  const killOnExit = () => api?.child.kill('SIGKILL');
  process.on('exit', killOnExit);
  try {
    if (opts.baseUrl) {
      const url = new URL(opts.baseUrl);
      if (url.hostname !== '127.0.0.1')
        throw new Error('--base-url must be on 127.0.0.1');
      base = { host: '127.0.0.1', port: Number(url.port) };
    } else {
      api = await startApi(opts);
    }
    process.stdout.write(
      `API on ${base.host}:${base.port}; ${opts.connections} keep-alive connections for ${opts.seconds} s, ` +
        `a new connection every ${opts.probeMs} ms; env ${JSON.stringify(opts.env)} node args ${JSON.stringify(opts.nodeArgs)}` +
        `${opts.dashboard ? ` dashboard ${opts.dashboard}` : ''}\n`,
    );
    // Counselor sessions for the steady devices, and one for the probes' GETs.
    const tokens: string[] = [];
    for (let i = 0; i < opts.sessions; i++)
      tokens.push(await signIn('counselor', 'counselor-demo-1', false));
    const probeToken = await signIn('supervisor', 'supervisor-demo-1', false);

    // Idle baseline: new-connection GET and sign-in with nothing else running.
    const idle: Probe[] = [];
    for (let i = 0; i < 6; i++)
      idle.push(
        await probe(
          i % 2 ? 'POST /api/auth/login' : 'GET /api/auth/me',
          probeToken,
          0,
        ),
      );

    const agent = new Agent({
      keepAlive: true,
      maxSockets: opts.connections,
      maxFreeSockets: opts.connections,
    });
    const steady = new Samples();
    const rampUp = new Samples();
    const started = Date.now();
    const until = started + opts.seconds * 1000;
    const budget = { left: MAX_REQUESTS };
    const workers = Array.from({ length: opts.connections }, (_, i) =>
      steadyConnection(
        i,
        tokens[i % tokens.length],
        agent,
        until,
        opts.thinkMs,
        steady,
        rampUp,
        budget,
      ),
    );
    // Let the load settle for a second, then probe on new connections until the end.
    await new Promise((r) => setTimeout(r, 1000));
    const probes: Promise<Probe | null>[] = [];
    let n = 0;
    while (Date.now() < until - 500) {
      const kind: Probe['kind'] =
        n++ % 2 ? 'POST /api/auth/login' : 'GET /api/auth/me';
      probes.push(
        probe(kind, probeToken, Date.now() - started).catch(() => null),
      );
      await new Promise((r) => setTimeout(r, opts.probeMs));
    }
    await Promise.all(workers);
    const probed = (await Promise.all(probes)).filter(
      (p): p is Probe => p !== null,
    );
    agent.destroy();

    const seconds = (Date.now() - started) / 1000;
    const all = steady.all();
    process.stdout.write(
      `\nIdle API (nothing else running), first request on a new connection:\n`,
    );
    for (const kind of ['GET /api/auth/me', 'POST /api/auth/login'] as const) {
      process.stdout.write(
        `  ${line(
          `new ${kind}`,
          idle.filter((p) => p.kind === kind).map((p) => p.totalMs),
        )}\n`,
      );
    }
    process.stdout.write(
      `\nUnder load (${all.length} steady requests in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(0)}/s, ${steady.errors} errors):\n`,
    );
    process.stdout.write(
      `  ${line('steady (reused connection), all kinds', all)}\n`,
    );
    for (const [kind, samples] of [...steady.byKind.entries()].sort())
      process.stdout.write(`  ${line(`steady ${kind}`, samples)}\n`);
    process.stdout.write(
      `  ${line("each steady connection's 1st request", rampUp.all())}\n`,
    );
    for (const kind of ['GET /api/auth/me', 'POST /api/auth/login'] as const) {
      const mine = probed.filter((p) => p.kind === kind);
      process.stdout.write(
        `  ${line(
          `NEW CONN ${kind} (total)`,
          mine.map((p) => p.totalMs),
        )}\n`,
      );
      process.stdout.write(
        `  ${line(
          `  of which TCP connect`,
          mine.map((p) => p.connectMs),
        )}\n`,
      );
      const seconds2 = mine
        .map((p) => p.secondMs)
        .filter((v): v is number => v !== null);
      if (seconds2.length)
        process.stdout.write(
          `  ${line(`  then 2nd request, same connection`, seconds2)}\n`,
        );
      const statuses = new Map<number, number>();
      for (const p of mine)
        statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
      process.stdout.write(
        `    statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${probes.length - probed.length} probes failed overall\n`,
      );
    }
    // Ramp-up (the steady connections' own first requests) vs settled load, for the probes.
    const settled = probed.filter((p) => p.at >= (opts.seconds * 1000) / 2);
    for (const kind of ['GET /api/auth/me', 'POST /api/auth/login'] as const) {
      process.stdout.write(
        `  ${line(
          `NEW CONN ${kind}, 2nd half of the run`,
          settled.filter((p) => p.kind === kind).map((p) => p.totalMs),
        )}\n`,
      );
    }
    if (opts.timeline) {
      process.stdout.write(`  probes (s into the load: kind ms):\n`);
      for (const p of probed)
        process.stdout.write(
          `    ${(p.at / 1000).toFixed(1).padStart(5)}  ${p.kind.padEnd(22)} ${p.totalMs.toFixed(0).padStart(6)} ms  ${p.status}\n`,
        );
    }
    const bad = [...steady.statuses.entries()].filter(
      ([key]) => !/ 2\d\d$/.test(key),
    );
    if (bad.length)
      process.stdout.write(
        `  steady non-2xx: ${JSON.stringify(Object.fromEntries(bad))}\n`,
      );
  } catch (error) {
    process.stdout.write(
      `saturation bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  } finally {
    await api?.stop();
    process.off('exit', killOnExit);
  }
}

void main().then(() => process.exit(0));
