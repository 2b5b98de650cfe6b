#!/usr/bin/env node
// `npm run check:boundaries [-- ROOT]`: the import rules of .dependency-cruiser.cjs over ROOT/src (default: this
// repository). Exits 1 naming each broken rule, 2 when the check itself could not run.
//
// dependency-cruiser parses TypeScript with TypeScript's JS API (versions < 7). TypeScript 7, our compiler, has
// none, so in this process `typescript` resolves to the typescript5 alias, for `import` and `require` alike.
import Module, { register } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const toTypescript5 = (request) =>
  request === 'typescript' || request.startsWith('typescript/') ? 'typescript5' + request.slice('typescript'.length) : request;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, toTypescript5(request), ...rest);
};
const esmHook = `const toTypescript5 = ${toTypescript5};
export async function resolve(specifier, context, next) { return next(toTypescript5(specifier), context); }`;
register('data:text/javascript,' + encodeURIComponent(esmHook));

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.argv[2] ?? repo);
if (!existsSync(resolve(root, 'src'))) {
  console.error(`check:boundaries: no src/ folder in ${root}`);
  process.exit(2);
}

const { cruise, format, getAvailableTranspilers } = await import('dependency-cruiser');
const ts = getAvailableTranspilers().find((t) => t.name === 'typescript');
if (!ts?.available) {
  console.error('check:boundaries: dependency-cruiser found no TypeScript parser (typescript5 missing?); no .ts file could be read');
  process.exit(2);
}

const require = Module.createRequire(import.meta.url);
const config = require(resolve(repo, '.dependency-cruiser.cjs'));
process.chdir(root);
let result;
try {
  ({ output: result } = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true }));
} catch (error) {
  console.error(`check:boundaries: dependency-cruiser could not run: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(2);
}
// An empty graph would pass every rule: make sure the TypeScript sources were really read.
const sources = result.modules.filter((m) => m.source.startsWith('src/') && m.source.endsWith('.ts')).length;
if (sources === 0) {
  console.error('check:boundaries: no TypeScript module under src/ was read; the rules were not checked');
  process.exit(2);
}
// format() summarises again; without the rule set it would lose the path of a reachability violation.
const { output, exitCode } = await format(result, { outputType: 'err', ruleSet: result.summary.ruleSetUsed });
process.stdout.write(output);
if (exitCode === 0) console.log(`check:boundaries: ${sources} TypeScript files, ${result.summary.totalDependenciesCruised} imports, no rule broken`);
process.exit(exitCode === 0 ? 0 : 1);
