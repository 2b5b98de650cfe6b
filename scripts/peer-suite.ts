// Peer suite: every Readability test page through Glosa's full pipeline (under jsdom, as Readability's own harness
// runs: url http://fakehost/test/page.html), scored against expected.html by token-level F1 of the article text,
// and metadata against expected-metadata.json, beside bare Readability on the same pages in the same run.
// `npm run peer` (or `npx tsx scripts/peer-suite.ts [DIR] [--json]`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { articleText } from '../src/core/open/article-text';
import { readDocument } from '../src/core/open/pipeline';
import { jsdomDomEnv, yieldToEventLoop } from '../src/node/jsdom-env';
import { wordsOf } from '../src/core/text/words';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/readability-test-pages');
const URL_BASE = 'http://fakehost/test/page.html';
/** Pages whose expectations changed in Readability's repository after the 0.6.0 release that npm ships. */
export const KNOWN_POST_060: Record<string, string> = {
  'lwn-1': 'expected.html regenerated after 0.6.0 (changed handling of nested content blocks); npm 0.6.0 output differs',
  mathjax: 'expected.html regenerated after 0.6.0 (MathJax/MathML handling changed upstream); 0.6.0 keeps a different container',
  mercurial: 'expected.html regenerated after 0.6.0 (table/definition-list cleaning changed upstream)',
  'title-en-dash': 'expected-metadata title changed after 0.6.0 (en-dash title separator handling); text is unaffected',
  'wapo-1': 'expected.html regenerated after 0.6.0 (figure/caption handling changed upstream)',
};
const FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime', 'lang'] as const;
type Field = (typeof FIELDS)[number];

export function tokens(text: string): string[] {
  return wordsOf(text.toLowerCase());
}

/** Token-level F1 (multiset overlap) of two texts. */
export function tokenF1(ours: string, expected: string): number {
  const a = tokens(ours);
  const b = tokens(expected);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / a.length;
  const r = overlap / b.length;
  return (2 * p * r) / (p + r);
}

export interface PageResult {
  page: string;
  f1: number;
  ms: number;
  ours: Partial<Record<Field, boolean>>;
  bare: Partial<Record<Field, boolean>>;
  error?: string;
}

export interface SuiteResult {
  pages: PageResult[];
  meanF1: number;
  meanF1Other: number;
  below: PageResult[];
  metadata: Record<Field, { expected: number; ours: number; bare: number }>;
  seconds: number;
}

const quiet = new VirtualConsole();

function bareMetadata(source: string): Record<string, unknown> | null {
  const dom = new JSDOM(source, { url: URL_BASE, virtualConsole: quiet });
  try {
    return new Readability(dom.window.document, { classesToPreserve: ['caption'] }).parse() as Record<string, unknown> | null;
  } finally {
    dom.window.close();
  }
}

function expectedText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: quiet });
  try {
    return articleText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

export async function runPeerSuite(dir = PAGES_DIR, only?: string[]): Promise<SuiteResult> {
  const started = performance.now();
  const env = jsdomDomEnv();
  const pages: PageResult[] = [];
  const names = readdirSync(dir).filter((p) => existsSync(join(dir, p, 'source.html'))).filter((p) => !only || only.includes(p)).sort();
  for (const page of names) {
    const bytes = readFileSync(join(dir, page, 'source.html'));
    const expected = JSON.parse(readFileSync(join(dir, page, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
    const t = performance.now();
    const result = readDocument({ bytes, name: 'source.html', url: URL_BASE }, env);
    const ms = performance.now() - t;
    const f1 = result.ok ? tokenF1(result.value.text, expectedText(readFileSync(join(dir, page, 'expected.html'), 'utf8'))) : 0;
    const bare = bareMetadata(bytes.toString('utf8').trim());
    const row: PageResult = { page, f1, ms, ours: {}, bare: {}, ...(result.ok ? {} : { error: result.error.code }) };
    const ours: Record<Field, unknown> = result.ok
      ? { title: result.value.title, byline: result.value.byline, excerpt: result.value.excerpt, siteName: result.value.siteName, publishedTime: result.value.published, lang: result.value.lang }
      : { title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null };
    for (const field of FIELDS) {
      if (!(field in expected)) continue;
      const want = expected[field] ?? null;
      row.ours[field] = (ours[field] ?? null) === want;
      row.bare[field] = ((bare?.[field] as unknown) ?? null) === want;
    }
    pages.push(row);
    await yieldToEventLoop(); // closed jsdom windows are freed only once the loop turns
  }
  const metadata = Object.fromEntries(FIELDS.map((f) => [f, { expected: 0, ours: 0, bare: 0 }])) as SuiteResult['metadata'];
  for (const row of pages) {
    for (const field of FIELDS) {
      if (row.ours[field] === undefined) continue;
      metadata[field].expected++;
      if (row.ours[field]) metadata[field].ours++;
      if (row.bare[field]) metadata[field].bare++;
    }
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const other = pages.filter((p) => !(p.page in KNOWN_POST_060));
  return {
    pages,
    meanF1: mean(pages.map((p) => p.f1)),
    meanF1Other: mean(other.map((p) => p.f1)),
    below: other.filter((p) => p.f1 < 0.96),
    metadata,
    seconds: (performance.now() - started) / 1000,
  };
}

function report(r: SuiteResult): string {
  const lines = ['page                                   F1      ms'];
  for (const p of r.pages) lines.push(`${p.page.padEnd(38)} ${p.f1.toFixed(4)} ${p.ms.toFixed(0).padStart(6)}${p.error ? ` ${p.error}` : ''}${p.page in KNOWN_POST_060 ? '  (post-0.6.0 expectation)' : ''}`);
  lines.push('', `pages: ${r.pages.length}, mean F1 ${r.meanF1.toFixed(4)} (all), ${r.meanF1Other.toFixed(4)} (without the ${Object.keys(KNOWN_POST_060).length} post-0.6.0 pages)`);
  lines.push(`pages below 0.96 (excluding post-0.6.0): ${r.below.length ? r.below.map((p) => `${p.page} ${p.f1.toFixed(3)}`).join(', ') : 'none'}`);
  lines.push('', 'post-0.6.0 pages:');
  for (const [page, why] of Object.entries(KNOWN_POST_060)) {
    const p = r.pages.find((x) => x.page === page);
    lines.push(`  ${page.padEnd(14)} F1 ${p ? p.f1.toFixed(4) : 'n/a'}  ${why}`);
  }
  lines.push('', 'metadata matched   glosa   bare Readability   (of pages that set the field)');
  for (const [field, m] of Object.entries(r.metadata)) lines.push(`  ${field.padEnd(15)} ${String(m.ours).padStart(5)}   ${String(m.bare).padStart(5)}   / ${m.expected}`);
  lines.push('', `time: ${r.seconds.toFixed(1)} s`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? PAGES_DIR;
  if (!existsSync(dir)) {
    console.error(`peer-suite: ${dir} not found (the shared fixtures live beside the checkout)`);
    process.exit(2);
  }
  const result = await runPeerSuite(dir);
  console.log(report(result));
  if (args.includes('--json')) console.log(JSON.stringify({ meanF1: result.meanF1, meanF1Other: result.meanF1Other, below: result.below.map((p) => p.page), metadata: result.metadata }));
}
