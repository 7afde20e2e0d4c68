import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  brotliCompressSync,
  brotliDecompressSync,
  gunzipSync,
  gzipSync,
} from 'node:zlib';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const INDEX =
  '<!doctype html><html><body><cb-root></cb-root><script src="main-ABCD1234.js"></script></body></html>';
const MAIN = `console.log(${JSON.stringify('casebook '.repeat(200))});`;
const CALLS_INDEX = INDEX.replace(
  '<script',
  '<link rel="modulepreload" href="chunk-CALL1234.js"><script',
);
const SECRET = 'secret outside the dashboard folder';

/** ADR 31: the built dashboard is served precompressed, cached by name, and never outside its folder. */
describe('the served dashboard', () => {
  let parent: string;
  let t: TestApp;
  let origin: { port: number };

  beforeAll(async () => {
    // A tiny fake build, as the dashboard's build target leaves it: assets with .br and .gz beside them.
    parent = mkdtempSync(join(tmpdir(), 'casebook-static-'));
    const dir = join(parent, 'browser');
    mkdirSync(join(dir, 'media'), { recursive: true });
    writeFileSync(join(parent, 'secret.txt'), SECRET);
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(INDEX));
    writeFileSync(join(dir, 'index.html.gz'), gzipSync(INDEX));
    writeFileSync(join(dir, 'index-calls.html'), CALLS_INDEX);
    writeFileSync(
      join(dir, 'index-calls.html.br'),
      brotliCompressSync(CALLS_INDEX),
    );
    writeFileSync(join(dir, 'main-ABCD1234.js'), MAIN);
    writeFileSync(join(dir, 'main-ABCD1234.js.br'), brotliCompressSync(MAIN));
    writeFileSync(join(dir, 'main-ABCD1234.js.gz'), gzipSync(MAIN));
    writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    t = await startTestApp({ DASHBOARD_DIR: dir });
    await new Promise<void>((resolve) =>
      t.app.getHttpServer().listen(0, '127.0.0.1', resolve),
    );
    origin = { port: (t.app.getHttpServer().address() as AddressInfo).port };
  });

  afterAll(async () => {
    await t.close();
    rmSync(parent, { recursive: true, force: true });
  });

  /** A raw HTTP request: the path is sent exactly as written and the body is not decoded. */
  const get = (
    path: string,
    headers: Record<string, string> = {},
    method = 'GET',
  ) =>
    new Promise<Raw>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: origin.port, path, method, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.once('error', reject);
      req.end();
    });

  it('sends brotli when the browser accepts it, preferred over gzip', async () => {
    const response = await get('/main-ABCD1234.js', {
      'Accept-Encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(
      /^(text|application)\/javascript/,
    );
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(response.body).toString()).toBe(MAIN);
    expect(Number(response.headers['content-length'])).toBe(
      response.body.length,
    );
  });

  it('sends gzip when only gzip is accepted, or br is refused with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const response = await get('/main-ABCD1234.js', {
        'Accept-Encoding': accept,
      });
      expect(response.headers['content-encoding'])
        .withContext(accept)
        .toBe('gzip');
      expect(gunzipSync(response.body).toString()).toBe(MAIN);
    }
  });

  it('sends the file itself when no encoding it has is accepted', async () => {
    const headerSets: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'deflate, gzip;q=0' },
    ];
    for (const headers of headerSets) {
      const response = await get('/main-ABCD1234.js', headers);
      expect(response.headers['content-encoding'])
        .withContext(JSON.stringify(headers))
        .toBeUndefined();
      expect(response.headers['vary']).toBe('Accept-Encoding');
      expect(response.body.toString()).toBe(MAIN);
    }
  });

  it('caches hashed file names for a year and revalidates the rest', async () => {
    expect((await get('/main-ABCD1234.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const favicon = await get('/favicon.ico', {
      'Accept-Encoding': 'br, gzip',
    });
    expect(favicon.headers['cache-control']).toBe('no-cache');
    expect(favicon.headers['content-encoding']).toBeUndefined();
    expect(favicon.headers['vary']).toBeUndefined();
    expect([...favicon.body]).toEqual([0, 0, 1, 0]);
  });

  it('answers a router path with index.html, compressed and revalidated on every load', async () => {
    for (const path of [
      '/',
      '/cases/123?tab=calls',
      '/callsx/1',
      '/index.html',
    ]) {
      const response = await get(path, { 'Accept-Encoding': 'br' });
      expect(response.status).withContext(path).toBe(200);
      expect(response.headers['cache-control'])
        .withContext(path)
        .toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(brotliDecompressSync(response.body).toString()).toBe(INDEX);
    }
  });

  it("answers a route's paths with its index-<segment>.html, which preloads its chunks, when the build wrote one", async () => {
    for (const path of ['/calls', '/calls/new', '/calls/0b7c-11?x=1']) {
      const br = await get(path, { 'Accept-Encoding': 'br' });
      expect(br.headers['cache-control']).withContext(path).toBe('no-cache');
      expect(brotliDecompressSync(br.body).toString())
        .withContext(path)
        .toBe(CALLS_INDEX);
      const plain = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(CALLS_INDEX);
    }
  });

  it('answers a revalidation of an unchanged file with 304 and HEAD with no body', async () => {
    const first = await get('/calls/new', { 'Accept-Encoding': 'gzip' });
    const again = await get('/calls/new', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(first.headers['etag']),
    });
    expect(again.status).toBe(304);
    const otherEncoding = await get('/calls/new', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers['etag']),
    });
    expect(otherEncoding.status).toBe(200);
    const head = await get(
      '/main-ABCD1234.js',
      { 'Accept-Encoding': 'br' },
      'HEAD',
    );
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(
      brotliCompressSync(MAIN).length,
    );
  });

  it('never serves a file outside the dashboard folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/media/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/media/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/%E0%A4%A',
      '/main-ABCD1234.js%00.html',
    ]) {
      const response = await get(path);
      expect(response.status).withContext(path).toBe(404);
      expect(response.body.toString()).not.toContain(SECRET);
    }
  });

  it('leaves the API to the API, uncached', async () => {
    const health = await get('/api/health', { 'Accept-Encoding': 'br' });
    expect(health.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
    const unknown = await get('/api/not-a-route');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
    expect(unknown.headers['content-type']).toMatch(/^application\/json/);
  });
});
