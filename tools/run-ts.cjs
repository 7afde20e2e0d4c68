/** Runs a TypeScript tool with the workspace's path aliases: node tools/run-ts.cjs tools/seed/seed.ts … */
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(
  __dirname,
  'jasmine/tsconfig.node-spec.json',
);
require('@swc-node/register');
require('reflect-metadata');
const script = process.argv.splice(2, 1)[0];
require(path.resolve(script));
