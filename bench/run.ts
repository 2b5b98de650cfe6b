// `npm run bench`: runs every bench/*.bench.ts in its own process (so one's memory and JIT state do not
// colour another's), shows their reports, and ends with one line holding a single JSON object of every figure.
// Each benchmark prints its human report and, as its last line, a JSON object of its figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures: Record<string, number | string> = {};
let failed = 0;
for (const file of files) {
  process.stderr.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = run.stdout.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  process.stderr.write(lines.join('\n') + '\n');
  try {
    if (run.status !== 0) throw new Error(`exit ${run.status}`);
    Object.assign(figures, JSON.parse(last));
  } catch (error) {
    failed++;
    process.stderr.write(`${file} failed: ${(error as Error).message}\n${last}\n`);
  }
}
console.log(JSON.stringify(figures));
process.exitCode = failed ? 1 : 0;
