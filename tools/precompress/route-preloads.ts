import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Writes `index-<segment>.html` beside index.html for the pages people open cold: the
 * same page plus a `<link rel="modulepreload">` for every lazy chunk that page's route
 * needs (the shell and the feature, and everything they import statically), so the
 * browser fetches them in parallel with main.js instead of one router step at a time.
 * The API serves `index-calls.html` for `/calls/...` and so on (ADR 31). Reads the
 * esbuild metafile the Angular build writes (`statsJson`). Run after the Angular build:
 *
 *   node tools/run-ts.cjs tools/precompress/route-preloads.ts dist/apps/dashboard
 */
const SHELL = 'apps/dashboard/src/app/shell/shell.ts';
const ROUTES: Record<string, string[]> = {
  calls: [SHELL, 'apps/dashboard/src/app/calls/calls-with-national-lines.ts'],
  cases: [SHELL, 'libs/dashboard/cases/feature-cases/src/index.ts'],
  reports: [SHELL, 'libs/dashboard/reports/feature-reports/src/index.ts'],
};

interface Metafile {
  outputs: Record<
    string,
    { entryPoint?: string; imports: { path: string; kind: string }[] }
  >;
}

const outputDir = resolve(process.argv[2] ?? 'dist/apps/dashboard');
const browserDir = join(outputDir, 'browser');
const meta = JSON.parse(
  readFileSync(join(outputDir, 'stats.json'), 'utf8'),
) as Metafile;
const index = readFileSync(join(browserDir, 'index.html'), 'utf8');
const byEntry = new Map(
  Object.entries(meta.outputs).flatMap(([path, output]) =>
    output.entryPoint ? [[output.entryPoint, path]] : [],
  ),
);

/** The chunk and every chunk it imports statically, transitively. */
function closure(chunk: string, into: Set<string>): Set<string> {
  if (into.has(chunk)) return into;
  into.add(chunk);
  for (const imported of meta.outputs[chunk]?.imports ?? []) {
    if (imported.kind === 'import-statement') closure(imported.path, into);
  }
  return into;
}

const marker = /<script src="main-[^"]+\.js" type="module"><\/script>/;
if (!marker.test(index))
  throw new Error(
    'route-preloads: index.html has no main script to preload before',
  );
for (const [segment, entries] of Object.entries(ROUTES)) {
  const chunks = new Set<string>();
  for (const entry of entries) {
    const chunk = byEntry.get(entry);
    if (!chunk)
      throw new Error(
        `route-preloads: no lazy chunk for ${entry} in stats.json (was it renamed?)`,
      );
    closure(chunk, chunks);
  }
  const files = [...chunks]
    .map((path) => path.replace(/^browser\//, ''))
    .filter((file) => !index.includes(`"${file}"`));
  const links = files
    .map((file) => `<link rel="modulepreload" href="${file}">`)
    .join('');
  writeFileSync(
    join(browserDir, `index-${segment}.html`),
    index.replace(marker, (script) => links + script),
  );
  console.log(
    `route-preloads: /${segment} preloads ${files.length} lazy chunks`,
  );
}
