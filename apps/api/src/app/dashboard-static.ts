import type { NextFunction, Request, Response } from 'express';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** Angular's output hashing (`outputHashing: all`): `main-ABCD1234.js`, `chunk-…`, `styles-…`, `media/…`. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** br first: it is the smaller (ADR 31). */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['token'];

interface Variant {
  path: string;
  size: number;
  etag: string;
}

interface Asset {
  type: string;
  cacheControl: string;
  identity: Variant;
  encoded: Partial<Record<Encoding, Variant>>;
}

/**
 * Serves the built dashboard from the API's own origin, so one process runs the product
 * and the CSP stays `'self'`. Unknown non-API paths get index.html (the Angular router's).
 *
 * The folder is listed once at start and only listed files are ever served, so no request
 * path can reach outside it. Each asset is sent as the `.br` or `.gz` file the build wrote
 * beside it (tools/precompress) when the client accepts that encoding; hashed file names
 * are cached for a year, index.html is revalidated on every load (ADR 31). A router path
 * whose first segment has an `index-<segment>.html` gets that one: the same page with the
 * route's lazy chunks preloaded.
 */
export function dashboardStatic(dashboardDir: string) {
  const assets = listAssets(dashboardDir);
  const index = assets.get('/index.html');
  if (!index) throw new Error(`${dashboardDir} holds no index.html`);
  return (req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path.startsWith('/api')
    )
      return next();
    const path = decodedPath(req.path);
    if (path === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    send(req, res, next, assets.get(path) ?? routeIndex(assets, path) ?? index);
  };
}

/** index.html with the route's lazy chunks preloaded, when the build wrote one for its first segment (tools/precompress/route-preloads). */
function routeIndex(
  assets: Map<string, Asset>,
  path: string,
): Asset | undefined {
  const segment = /^\/([a-z][a-z0-9-]*)(\/|$)/.exec(path)?.[1];
  return segment ? assets.get(`/index-${segment}.html`) : undefined;
}

function listAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (
        entry.isFile() &&
        !ENCODINGS.some((e) => entry.name.endsWith(e.suffix))
      ) {
        const urlPath = '/' + relative(root, file).split(sep).join('/');
        const encoded: Asset['encoded'] = {};
        for (const { token, suffix } of ENCODINGS) {
          const variant = fileVariant(file + suffix, token);
          if (variant) encoded[token] = variant;
        }
        const identity = fileVariant(file, 'identity');
        if (!identity) continue;
        assets.set(urlPath, {
          type: extname(file),
          cacheControl: HASHED_NAME.test(entry.name) ? IMMUTABLE : REVALIDATE,
          identity,
          encoded,
        });
      }
    }
  };
  walk(root);
  return assets;
}

function fileVariant(path: string, encoding: string): Variant | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  return {
    path,
    size: stat.size,
    etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${encoding}"`,
  };
}

/** The URL path decoded, or null for a path no built file can have: malformed, `..`, backslash or NUL. */
function decodedPath(rawPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (
    path.includes('\\') ||
    path.includes('\0') ||
    path.split('/').includes('..')
  )
    return null;
  return path;
}

/** The encodings the client accepts (q > 0), from its Accept-Encoding header. */
function accepted(header: string | undefined): Set<string> {
  const tokens = new Set<string>();
  let star = false;
  const refused = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const ok = q ? Number(q[1]) > 0 : true;
    if (name === '*') star = ok;
    else if (ok) tokens.add(name);
    else refused.add(name);
  }
  if (star)
    for (const { token } of ENCODINGS)
      if (!refused.has(token)) tokens.add(token);
  return tokens;
}

function send(
  req: Request,
  res: Response,
  next: NextFunction,
  asset: Asset,
): void {
  const accepts = accepted(req.headers['accept-encoding']);
  const chosen = ENCODINGS.find(
    ({ token }) => asset.encoded[token] && accepts.has(token),
  );
  const variant = chosen
    ? (asset.encoded[chosen.token] as Variant)
    : asset.identity;
  res.type(asset.type);
  res.setHeader('Cache-Control', asset.cacheControl);
  if (Object.keys(asset.encoded).length)
    res.setHeader('Vary', 'Accept-Encoding');
  if (chosen) res.setHeader('Content-Encoding', chosen.token);
  res.setHeader('ETag', variant.etag);
  if (
    req.headers['if-none-match']
      ?.split(',')
      .some((tag) => tag.trim() === variant.etag)
  ) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Length', variant.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(variant.path);
  stream.once('error', (error) =>
    res.headersSent ? res.destroy(error) : next(error),
  );
  stream.pipe(res);
}
