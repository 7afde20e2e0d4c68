/**
 * Runs one project's Jasmine specs on Node, TypeScript compiled by SWC with decorator
 * metadata (Nest needs it). Usage: node tools/jasmine/run-node-specs.cjs <projectRoot> [specGlob]
 * (specGlob, relative to the project root, runs a subset: src/http-specs/auth.spec.ts).
 */
const path = require('node:path');

const workspaceRoot = path.resolve(__dirname, '../..');
process.env.SWC_NODE_PROJECT ??= path.join(
  __dirname,
  'tsconfig.node-spec.json',
);
process.env.NODE_ENV ??= 'test';
require('@swc-node/register');
require('reflect-metadata');

const Jasmine = require('jasmine');
const projectRoot = process.argv[2];
if (!projectRoot) {
  process.stderr.write('usage: run-node-specs.cjs <projectRoot>\n');
  process.exit(2);
}

const runner = new Jasmine({ projectBaseDir: workspaceRoot });
runner.loadConfig({
  spec_dir: projectRoot,
  spec_files: [process.argv[3] ?? 'src/**/*.spec.ts'],
  jsLoader: 'require',
  env: { random: true, stopSpecOnExpectationFailure: false },
});
// A spec that starts the API (migrations, argon2, demo data) may take seconds on a busy CI machine.
runner.jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;
runner.exitOnCompletion = true;
runner.execute();
