// Dictionary benchmark. Every figure comes from fresh processes running compiled JavaScript under plain `node`
// (this file bundled by esbuild, as the app runs bundled code; tsx's transpiling is not dictionary loading and
// would add its own ~30 MB to the RSS), each of which:
//   - loads the dictionaries: module evaluation + loadLookupService, until the service answers (dict_load_ms),
//   - waits for the background warm-up the app starts then (warmUpLookupService: lookups on words that are not
//     on the seed page, whose cached results it clears; dict_warm_ms after the load): in the app it runs while
//     the page is read, before anything is hovered,
//   - measures RSS after a full GC (dict_rss_mb); the lookups are timed after it, as in the app, where V8 does
//     full GCs of its own when idle (the first lookups after one are 2–5× slower, caches being cold),
//   - looks up every word token of the seed page in page order in that service (lookup_page_p50_us,
//     lookup_page_p99_us: the figure over every token of the seed), of which the first lookup of each distinct
//     word is a first-time one, nothing from a cache (lookup_p50_us, lookup_p99_us: the stricter figure, the
//     one held to the target),
//   - then looks up every token of the page again, as the hover scanner repeats words (lookup_cached_*).
// Medians over the processes; the cold percentiles are the median of each process's percentile.
// The machine's load average is printed with the figures: on a shared, busy machine the tail is noisy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, percentile, round } from './stats';
import { letterRunsOf } from '../src/core/text/words';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 9;

interface ChildFigures {
  importMs: number;
  loadMs: number;
  warmMs: number;
  rssMb: number;
  cold: number[];
  page: number[];
  cached: number[];
  tokens: string[];
}

async function child(root: string): Promise<ChildFigures> {
  const t0 = performance.now();
  const { loadLookupService, warmUpLookupService } = await import('../src/node/dictionaries');
  const t1 = performance.now();
  const service = await loadLookupService(join(root, 'resources'));
  const t2 = performance.now();
  await warmUpLookupService(join(root, 'resources'));
  const t3 = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const seed = readFileSync(join(root, 'seeds', 'syria-homs.txt'), 'utf8');
  const tokens = letterRunsOf(seed);
  const distinct = [...new Set(tokens)];
  const timed = (texts: string[]): number[] =>
    texts.map((text) => {
      const t = performance.now();
      service.lookup({ text, lang: 'auto' });
      return (performance.now() - t) * 1000;
    });
  // Every token in page order, as a reader would hover them: a word's first lookup is a first-time one, its
  // later ones come from the cache.
  const page = timed(tokens);
  const seen = new Set<string>();
  const cold = page.filter((_, i) => !seen.has(tokens[i]!) && seen.add(tokens[i]!));
  const cached = timed(tokens);
  return { importMs: t1 - t0, loadMs: t2 - t1, warmMs: t3 - t2, rssMb, cold, page, cached, tokens: distinct };
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3]!)));
} else {
  const root = join(here, '..');
  const { buildSync } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'glosa-dict-bench-'));
  const bundle = join(dir, 'dictionary.bench.mjs');
  buildSync({ entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, external: ['esbuild'], logLevel: 'error' });
  const loadBefore = loadavg()[0]!;
  const runs: ChildFigures[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const out = execFileSync(process.execPath, ['--expose-gc', bundle, '--child', root], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
      runs.push(JSON.parse(out.trim().split('\n').pop()!) as ChildFigures);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0]!;
  const loads = runs.map((r) => r.importMs + r.loadMs);
  const per = (f: (r: ChildFigures) => number): number => median(runs.map(f));
  const cold = { p50: per((r) => percentile(r.cold, 50)), p99: per((r) => percentile(r.cold, 99)) };
  const cached = { p50: per((r) => percentile(r.cached, 50)), p99: per((r) => percentile(r.cached, 99)) };
  const page = { p50: per((r) => percentile(r.page, 50)), p99: per((r) => percentile(r.page, 99)) };
  // Per token, its fastest first-time lookup over the processes: a lookup preempted by other jobs in one process
  // is not in another, so this tail shows the lookups' own cost on a busy machine.
  const fastest = runs[0]!.tokens.map((_, i) => Math.min(...runs.map((r) => r.cold[i]!)));
  const slowest = runs[0]!.tokens.map((t, i) => [t, fastest[i]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`load average (1 min) ${round(loadBefore)} before, ${round(loadAfter)} after; ${RUNS} fresh processes, plain node, bundled JS`);
  console.log(`cold load: median ${round(median(loads))} ms (module evaluation ${round(per((r) => r.importMs))} + loadLookupService ${round(per((r) => r.loadMs))}), min ${round(Math.min(...loads))}, max ${round(Math.max(...loads))}`);
  console.log(`background warm-up: median ${round(per((r) => r.warmMs))} ms after load`);
  console.log(`RSS after load and warm-up: median ${round(per((r) => r.rssMb))} MB (plain node, after GC)`);
  console.log(`first-time lookups, lang auto, ${runs[0]!.tokens.length} distinct tokens, each once per process: p50 ${round(cold.p50)} µs, p99 ${round(cold.p99)} µs (medians over processes); per-token fastest over processes: p50 ${round(percentile(fastest, 50))} µs, p99 ${round(percentile(fastest, 99))} µs`);
  console.log(`  slowest tokens (fastest over processes): ${slowest.map(([t, us]) => `${t} ${round(us, 0)} µs`).join(', ')}`);
  console.log(`every token in page order (${runs[0]!.page.length}, first-time and repeated): p50 ${round(page.p50)} µs, p99 ${round(page.p99)} µs`);
  console.log(`repeated lookups, all ${runs[0]!.cached.length} tokens again: p50 ${round(cached.p50)} µs, p99 ${round(cached.p99)} µs`);
  console.log(JSON.stringify({
    dict_load_ms: round(median(loads), 1),
    dict_warm_ms: round(per((r) => r.warmMs), 1),
    dict_rss_mb: round(per((r) => r.rssMb), 1),
    lookup_p50_us: round(cold.p50, 1),
    lookup_p99_us: round(cold.p99, 1),
    lookup_fastest_p99_us: round(percentile(fastest, 99), 1),
    lookup_page_p50_us: round(page.p50, 1),
    lookup_page_p99_us: round(page.p99, 1),
    lookup_cached_p50_us: round(cached.p50, 2),
    lookup_cached_p99_us: round(cached.p99, 2),
    dict_bench_load_avg: round((loadBefore + loadAfter) / 2, 1),
  }));
}
