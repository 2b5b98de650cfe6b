// Opening pipeline in real Chromium over Readability's test pages: median and p95 per stage (decode, parse,
// extract, sanitise, render) for Glosa's pipeline and for bare DOMParser + Readability + DOMPurify in the same
// run, and their ratio. The core is bundled with vite's JS API and served from 127.0.0.1 (file:// blocks module
// scripts).
//
// What pipeline_ratio measures: the same 130 pages, the same rounds, the same browser page, both pipelines on a
// page back to back (the order alternating between rounds, a forced GC before each so neither starts with the
// other's garbage). Per pipeline and page, the time is the wall time of the whole call: for Glosa readDocument
// from bytes to result (format detection, decoding, limits, parsing, Readability, the chrome list, sanitising, the
// article's text, serialising), for bare TextDecoder + DOMParser + Readability + DOMPurify.sanitize to an HTML
// string. Per page the median over the measured rounds; the ratio is the sum of those over all pages, Glosa's over
// bare's. Rendering (inserting the HTML and forcing layout) is reported apart: it is the renderer's work on both.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../test/harness/chromium';
import { build } from 'vite';
import { median, percentile, round } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const PAGES = resolve(here, '../../shared/fixtures/readability-test-pages');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const STAGES = ['decode', 'parse', 'extract', 'sanitise', 'render'] as const;
type Stage = (typeof STAGES)[number];
type Timing = Record<Stage, number> & { total: number; ok: boolean };

if (!existsSync(PAGES)) {
  console.log(`pipeline bench: ${PAGES} absent, skipped`);
  console.log('{}');
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'glosa-bench-page-'));
const profile = mkdtempSync(join(tmpdir(), 'glosa-bench-profile-'));
await build({ root: join(here, 'pipeline-page'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true, minify: true }, configFile: false });

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.startsWith('/pages/') ? join(PAGES, path.slice(7)) : join(out, path === '/' ? 'index.html' : path);
  if (!file.startsWith(PAGES) && !file.startsWith(out)) return void res.writeHead(403).end();
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: await chromiumPath(),
  headless: true,
  args: ['--js-flags=--expose-gc', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.title === 'ready');
  const names = readdirSync(PAGES).filter((p) => existsSync(join(PAGES, p, 'source.html'))).sort();
  const ours = new Map<string, Timing[]>();
  const bare = new Map<string, Timing[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) {
      const res = (await page.evaluate(
        ([url, bareFirst]) => (window as unknown as { runPage(u: string, b: boolean): Promise<unknown> }).runPage(url, bareFirst),
        [`/pages/${name}/source.html`, r % 2 === 1] as const,
      )) as { ours: Timing; bare: Timing };
      if (r === 0 && ROUNDS > 1) continue; // warm-up round: JIT and caches
      (ours.get(name) ?? ours.set(name, []).get(name)!).push(res.ours);
      (bare.get(name) ?? bare.set(name, []).get(name)!).push(res.bare);
    }
  }
  // Per page: the median over rounds; then median and p95 over pages.
  const perPage = (runs: Map<string, Timing[]>, f: (t: Timing) => number): number[] => [...runs.values()].map((ts) => median(ts.map(f)));
  const total = (t: Timing): number => t.total;
  const stageSum = (t: Timing): number => t.decode + t.parse + t.extract + t.sanitise;
  const lines = [`${names.length} pages, ${Math.max(1, ROUNDS - 1)} measured round(s) after warm-up; ms per page`, 'stage        glosa p50  glosa p95   bare p50   bare p95'];
  for (const s of STAGES) {
    const a = perPage(ours, (t) => t[s]);
    const b = perPage(bare, (t) => t[s]);
    lines.push(`${s.padEnd(12)} ${round(median(a)).toString().padStart(9)} ${round(percentile(a, 95)).toString().padStart(10)} ${round(median(b)).toString().padStart(10)} ${round(percentile(b, 95)).toString().padStart(10)}`);
  }
  const oursTotal = perPage(ours, total);
  const bareTotal = perPage(bare, total);
  const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
  const ratio = sum(oursTotal) / sum(bareTotal);
  const failed = [...ours.entries()].filter(([, ts]) => !ts[0]!.ok).map(([n]) => n);
  const row = (label: string, a: number[], b: number[]): string =>
    `${label.padEnd(12)} ${round(median(a)).toString().padStart(9)} ${round(percentile(a, 95)).toString().padStart(10)} ${round(median(b)).toString().padStart(10)} ${round(percentile(b, 95)).toString().padStart(10)}`;
  lines.push(row('stage sum', perPage(ours, stageSum), perPage(bare, stageSum)));
  lines.push(`pipeline     ${round(median(oursTotal)).toString().padStart(9)} ${round(percentile(oursTotal, 95)).toString().padStart(10)} ${round(median(bareTotal)).toString().padStart(10)} ${round(percentile(bareTotal, 95)).toString().padStart(10)}`);
  lines.push(`pipeline = wall time of the whole call per page (median over rounds)`);
  lines.push(`ratio (sum over all pages of pipeline time, glosa / bare): ${round(ratio, 3)}; median of per-page ratios ${round(median(oursTotal.map((x, i) => x / bareTotal[i]!)), 3)}`);
  if (failed.length) lines.push(`pages that failed to open: ${failed.join(', ')}`);
  console.log(lines.join('\n'));
  console.log(JSON.stringify({ pipeline_ms_p50: round(median(oursTotal)), pipeline_ms_p95: round(percentile(oursTotal, 95)), pipeline_ratio: round(ratio, 3) }));
} finally {
  await context.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
