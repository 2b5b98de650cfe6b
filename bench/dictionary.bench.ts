// Dictionary benchmark: cold load of all dictionaries and morphology (each run in a fresh process: module
// import + loadLookupService), resident memory after load, and lookup latency over every word token of the
// seed page (several passes; the first is cold, later ones hit the parsed-entry cache as a reader's page does).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, percentile, round } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = 7;
const PASSES = 5;

if (process.argv[2] === '--child') {
  const t0 = performance.now();
  const { loadLookupService } = await import('../src/main/dictionaries');
  const service = await loadLookupService();
  const ms = performance.now() - t0;
  service.lookup({ text: 'wysłana', lang: 'pl' }); // the service answers
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 2 ** 20 }));
} else {
  const loads: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), '--child'], {
      cwd: root, encoding: 'utf8',
    });
    const { ms, rssMb } = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; rssMb: number };
    loads.push(ms);
    rss.push(rssMb);
  }

  const { loadLookupService } = await import('../src/main/dictionaries');
  const service = await loadLookupService();
  const seed = readFileSync(join(root, 'seeds', 'syria-homs.txt'), 'utf8');
  const tokens = seed.match(/\p{L}+/gu) ?? [];
  const times: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const text of tokens) {
      const t = performance.now();
      service.lookup({ text, lang: 'auto' });
      times.push((performance.now() - t) * 1000);
    }
  }
  const firstPass = times.slice(0, tokens.length);
  console.log(`cold load (${RUNS} fresh processes): median ${round(median(loads))} ms, min ${round(Math.min(...loads))}, max ${round(Math.max(...loads))}`);
  console.log(`RSS after load: median ${round(median(rss))} MB (includes Node and tsx)`);
  console.log(`lookup, lang auto, ${tokens.length} tokens x ${PASSES} passes: p50 ${round(percentile(times, 50))} µs, p99 ${round(percentile(times, 99))} µs; first pass p50 ${round(percentile(firstPass, 50))} µs, p99 ${round(percentile(firstPass, 99))} µs`);
  console.log(JSON.stringify({
    dict_load_ms: round(median(loads), 1),
    dict_rss_mb: round(median(rss), 1),
    lookup_p50_us: round(percentile(times, 50), 1),
    lookup_p99_us: round(percentile(times, 99), 1),
  }));
}
