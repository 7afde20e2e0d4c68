import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

interface File {
  type: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The floor for bench:web: the least a server can do to deliver the built dashboard
 * compressed. Every file and its .br/.gz read into memory at start; br, else gzip, else
 * the file; index.html (or the route's index-<segment>.html) for any other path; /api
 * piped to the real API. No security headers, no caching headers, no middleware.
 */
export async function startFloorServer(
  dir: string,
  apiBaseUrl: string,
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const files = new Map<string, File>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        const read = (suffix: string) => {
          try {
            return readFileSync(path + suffix);
          } catch {
            return undefined;
          }
        };
        files.set('/' + relative(dir, path).split(sep).join('/'), {
          type: TYPES[extname(path)] ?? 'application/octet-stream',
          identity: readFileSync(path),
          br: read('.br'),
          gzip: read('.gz'),
        });
      }
    }
  };
  walk(dir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${dir} holds no index.html`);
  const api = new URL(apiBaseUrl);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/api')) {
      const upstream = httpRequest(
        {
          host: api.hostname,
          port: api.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.once('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    // The same route pages the API picks (index-calls.html for /calls/..., ADR 31), as a try_files rule would.
    const segment = /^\/([a-z][a-z0-9-]*)(\/|$)/.exec(path)?.[1];
    const file =
      files.get(path) ?? files.get(`/index-${segment}.html`) ?? index;
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      file.br && /\bbr\b/.test(accept)
        ? ['br', file.br]
        : file.gzip && /\bgzip\b/.test(accept)
          ? ['gzip', file.gzip]
          : [null, file.identity];
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
