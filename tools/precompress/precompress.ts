import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every
 * text asset of a built dashboard, so the API serves them without compressing per request
 * (ADR 31). Run after the Angular build (the dashboard's `build` target does):
 *
 *   node tools/run-ts.cjs tools/precompress/precompress.ts dist/apps/dashboard/browser
 *
 * A variant is kept only when it is smaller than the file itself. Node built-ins only.
 */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && COMPRESSIBLE.test(entry.name) ? [path] : [];
  });
}

async function precompress(
  dir: string,
): Promise<{ files: number; bytes: number; br: number; gz: number }> {
  const totals = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file);
    const [br, gzipped] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gz(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    totals.files += 1;
    totals.bytes += content.length;
    if (br.length < content.length) {
      writeFileSync(`${file}.br`, br);
      totals.br += br.length;
    }
    if (gzipped.length < content.length) {
      writeFileSync(`${file}.gz`, gzipped);
      totals.gz += gzipped.length;
    }
  }
  return totals;
}

{
  const dir = resolve(process.argv[2] ?? 'dist/apps/dashboard/browser');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`precompress: ${dir} is not a folder`);
    process.exit(1);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  precompress(dir).then(
    (t) =>
      console.log(
        `precompress: ${t.files} files, ${kb(t.bytes)} -> brotli ${kb(t.br)}, gzip ${kb(t.gz)}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
