// Samples the words of the sense development set (test/fixtures/senses/dev-set.tsv) from real pages, with a
// seeded generator so the sample is reproducible and not picked by hand: a random paragraph of a random page, a
// random sentence of it, a random word of that sentence (function and content words as they occur).
//   npx tsx scripts/senses/sample-dev-set.ts [--seed N] [--per-lang N] > rows.tsv
// English from Readability's test pages (expected.html, English ones only), Polish from
// ../shared/fixtures/polish-pages/*.html (paragraphs of the article and its surroundings alike).
// Prints rows without judgements (right/wrong empty); the judgements are added by hand.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { seededRandom } from '../seeded-random';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seed = flag('seed', 17);
const perLang = flag('per-lang', 160);
const shared = resolve(import.meta.dirname, '../../../shared/fixtures');


const EN_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for']);
const PL_MARKERS = new Set(['się', 'nie', 'jest', 'na', 'że', 'do', 'to', 'w', 'z', 'i']);

function paragraphs(html: string, markers: Set<string>): string[] {
  const doc = new JSDOM(html).window.document;
  const out: string[] = [];
  for (const p of doc.querySelectorAll('p, li, blockquote')) {
    if (p.querySelector('p, li')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length < 8) continue;
    const marked = words.filter((w) => markers.has(w)).length;
    if (marked / words.length >= 0.08) out.push(text);
  }
  return out;
}

/** Sentences: split after . ! ? followed by space and a capital or quote; bounded by the paragraph's length. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=["„“(]?\p{Lu})/u).map((s) => s.trim()).filter((s) => (s.match(/\p{L}+/gu) ?? []).length >= 5);
}

function sample(pages: string[], markers: Set<string>, lang: string, count: number, next: () => number): string[] {
  const byPage = pages.map((file) => paragraphs(readFileSync(file, 'utf8'), markers)).filter((ps) => ps.length > 0);
  const rows: string[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; rows.length < count && attempt < count * 50; attempt++) {
    const ps = byPage[Math.floor(next() * byPage.length)]!;
    const ss = sentences(ps[Math.floor(next() * ps.length)]!);
    if (ss.length === 0) continue;
    const sentence = ss[Math.floor(next() * ss.length)]!.slice(0, 400);
    const words = [...sentence.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)];
    const m = words[Math.floor(next() * words.length)];
    if (!m) continue;
    const key = `${m[0].toLowerCase()}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([`${lang}${String(rows.length + 1).padStart(3, '0')}`, lang, m[0], String(m.index), sentence, 'word', '', ''].join('\t'));
  }
  return rows;
}

const next = seededRandom(seed);
const readability = join(shared, 'readability-test-pages');
const englishPages = readdirSync(readability)
  .map((d) => join(readability, d, 'expected.html'))
  .filter((f) => existsSync(f));
const polishDir = join(shared, 'polish-pages');
const polishPages = readdirSync(polishDir).filter((f) => f.endsWith('.html')).map((f) => join(polishDir, f));

console.log(['id', 'lang', 'word', 'offset', 'sentence', 'kind', 'right', 'wrong'].join('\t'));
for (const row of sample(englishPages, EN_MARKERS, 'en', perLang, next)) console.log(row);
for (const row of sample(polishPages, PL_MARKERS, 'pl', perLang, next)) console.log(row);
