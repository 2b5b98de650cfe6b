// Real Polish pages (`npm run real-pages [-- --json] [--no-english] [--only NAME] [--rows]`): every page of
// ../shared/fixtures/polish-pages through the same pipeline as `glosa read --json` (src/node/read-page.ts), scored
// against its gold.json (see that folder's README):
// - article: must-include snippets found in the article text, must-exclude snippets absent from it (both compared
//   with whitespace collapsed, case kept, as the snippets are verbatim page text);
// - glossary precision: glossary rows whose text is a gold UI string of the page, over all rows;
// - glossary recall: gold UI strings that some glossary row lists, and of those the hidden ones;
// then, over Readability's test pages that are in English, the glossary rows they get (all would be Polish: goal 0).
// A row matches a gold string when both are equal after matchKey(): NFKC, lowercase, every run of characters that
// are neither letters nor digits (punctuation, whitespace, NBSP, symbols) to one space, trimmed. So "Czytaj też:" =
// "czytaj też", "zamknij [x]" = "Zamknij x", but "Autor: Jan Nowak" ≠ "Autor:" (a label must be listed apart).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { GlossEntry } from '../src/shared/types';
import type { GlossaryDeps } from '../src/core/glossary/glossary';
import { articleText } from '../src/core/open/article-text';
import { loadCatalogue } from '../src/node/catalogue';
import { loadLookupService } from '../src/node/dictionaries';
import { readPage } from '../src/node/read-page';
import { yieldToEventLoop } from '../src/node/jsdom-env';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures');
export const POLISH_DIR = join(ROOT, 'polish-pages');
export const READABILITY_DIR = join(ROOT, 'readability-test-pages');

export interface GoldUi { pl: string; en: string; kind: string; hidden: boolean }
export interface GoldPage {
  file: string;
  url: string;
  article_must_include: string[];
  article_must_exclude: string[];
  ui: GoldUi[];
  not_ui: string[];
}

/** How glossary rows and gold strings are compared (see the header). */
export function matchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export interface PageScore {
  file: string;
  kept: number; include: number; keptMissing: string[];
  dropped: number; exclude: number; excludeLeft: string[];
  rows: number; goldRows: number; notGoldRows: string[];
  ui: number; listed: number; missing: string[];
  hidden: number; hiddenListed: number; hiddenMarked: number;
  notUiListed: string[];
}

export function scorePage(gold: GoldPage, text: string, glossary: readonly GlossEntry[]): PageScore {
  const flat = collapse(text);
  const keptMissing = gold.article_must_include.filter((s) => !flat.includes(collapse(s)));
  const excludeLeft = gold.article_must_exclude.filter((s) => flat.includes(collapse(s)));
  const goldKeys = new Map(gold.ui.map((u) => [matchKey(u.pl), u]));
  const rowKeys = new Map(glossary.map((g) => [matchKey(g.text), g]));
  const notGoldRows = glossary.filter((g) => !goldKeys.has(matchKey(g.text))).map((g) => g.text);
  const listed = gold.ui.filter((u) => rowKeys.has(matchKey(u.pl)));
  const hidden = gold.ui.filter((u) => u.hidden);
  const hiddenListed = hidden.filter((u) => rowKeys.has(matchKey(u.pl)));
  const notUi = new Set(gold.not_ui.map(matchKey));
  return {
    file: gold.file,
    kept: gold.article_must_include.length - keptMissing.length, include: gold.article_must_include.length, keptMissing,
    dropped: gold.article_must_exclude.length - excludeLeft.length, exclude: gold.article_must_exclude.length, excludeLeft,
    rows: glossary.length, goldRows: glossary.length - notGoldRows.length, notGoldRows,
    ui: gold.ui.length, listed: listed.length, missing: gold.ui.filter((u) => !rowKeys.has(matchKey(u.pl))).map((u) => u.pl),
    hidden: hidden.length, hiddenListed: hiddenListed.length,
    hiddenMarked: hiddenListed.filter((u) => rowKeys.get(matchKey(u.pl))?.hidden === true).length,
    notUiListed: glossary.filter((g) => notUi.has(matchKey(g.text))).map((g) => g.text),
  };
}

const quiet = new VirtualConsole();
const EN_FUNCTION = new Set('the a an and or of to in on at for with by from is are was were it this that'.split(' '));

/** A Readability test page is English when its html lang says so, or, with no lang, its expected text reads as English. */
export function isEnglishPage(dir: string): boolean {
  const source = readFileSync(join(dir, 'source.html'), 'utf8');
  const lang = /<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)/i.exec(source.slice(0, 5000))?.[1];
  if (lang) return /^en\b/i.test(lang);
  const dom = new JSDOM(readFileSync(join(dir, 'expected.html'), 'utf8'), { virtualConsole: quiet });
  try {
    const words = articleText(dom.window.document.body).toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.length > 0 && words.filter((w) => EN_FUNCTION.has(w)).length / words.length > 0.12;
  } finally {
    dom.window.close();
  }
}

export interface EnglishScore { pages: number; pagesWithRows: number; rows: number; examples: Array<{ page: string; rows: string[] }> }

export async function scoreEnglishPages(deps: GlossaryDeps, dir = READABILITY_DIR): Promise<EnglishScore> {
  const out: EnglishScore = { pages: 0, pagesWithRows: 0, rows: 0, examples: [] };
  for (const page of readdirSync(dir).sort()) {
    const pageDir = join(dir, page);
    if (!existsSync(join(pageDir, 'source.html')) || !isEnglishPage(pageDir)) continue;
    const read = await readPage(join(pageDir, 'source.html'), deps, { url: 'http://fakehost/test/page.html' });
    out.pages++;
    if (read.ok && read.value.glossary.length) {
      out.pagesWithRows++;
      out.rows += read.value.glossary.length;
      out.examples.push({ page, rows: read.value.glossary.map((g) => g.text) });
    }
    await yieldToEventLoop();
  }
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

export function totals(scores: PageScore[]): PageScore {
  const sum = (k: keyof PageScore): number => scores.reduce((a, s) => a + (s[k] as number), 0);
  return {
    file: 'total', kept: sum('kept'), include: sum('include'), keptMissing: [], dropped: sum('dropped'), exclude: sum('exclude'),
    excludeLeft: [], rows: sum('rows'), goldRows: sum('goldRows'), notGoldRows: [], ui: sum('ui'), listed: sum('listed'), missing: [],
    hidden: sum('hidden'), hiddenListed: sum('hiddenListed'), hiddenMarked: sum('hiddenMarked'), notUiListed: [],
  };
}

function table(scores: PageScore[]): string {
  const lines = ['| page | kept | dropped | rows | gold rows (precision) | UI listed (recall) | hidden listed / marked |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const s of [...scores, totals(scores)]) {
    const name = s.file === 'total' ? '**total**' : s.file.replace(/\.html$/, '');
    lines.push(`| ${name} | ${s.kept}/${s.include} | ${s.dropped}/${s.exclude} | ${s.rows} | ${s.goldRows} (${pct(s.goldRows, s.rows)}) | ${s.listed}/${s.ui} (${pct(s.listed, s.ui)}) | ${s.hiddenListed}/${s.hidden} / ${s.hiddenMarked} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (!existsSync(join(POLISH_DIR, 'gold.json'))) {
    console.error(`real-pages: ${POLISH_DIR} not found (the shared fixtures live beside the checkout)`);
    process.exit(2);
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const [catalogue, lookup] = await Promise.all([loadCatalogue(), loadLookupService()]);
  const deps = { catalogue, lookup };
  const gold = (JSON.parse(readFileSync(join(POLISH_DIR, 'gold.json'), 'utf8')) as GoldPage[]).filter((g) => !only || g.file.includes(only));
  const scores: PageScore[] = [];
  for (const page of gold) {
    const read = await readPage(join(POLISH_DIR, page.file), deps);
    if (!read.ok) throw new Error(`${page.file}: ${read.error.code}`);
    scores.push(scorePage(page, read.value.doc.text, read.value.glossary));
    await yieldToEventLoop();
  }
  if (args.includes('--rows')) {
    for (const s of scores) {
      console.log(`\n## ${s.file}`);
      if (s.keptMissing.length) console.log(`  article lost: ${s.keptMissing.join(' | ')}`);
      if (s.excludeLeft.length) console.log(`  article kept chrome: ${s.excludeLeft.join(' | ')}`);
      console.log(`  rows not gold (${s.notGoldRows.length}): ${s.notGoldRows.join(' | ')}`);
      console.log(`  gold not listed (${s.missing.length}): ${s.missing.join(' | ')}`);
    }
  }
  console.log(table(scores));
  const t = totals(scores);
  const english = args.includes('--no-english') || only ? null : await scoreEnglishPages(deps);
  if (english) {
    console.log(`\nEnglish pages of Readability's test set: ${english.pages}; glossary rows on them: ${english.rows} (on ${english.pagesWithRows} pages)`);
    if (args.includes('--rows')) for (const e of english.examples) console.log(`  ${e.page}: ${e.rows.slice(0, 12).join(' | ')}`);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({
      kept: t.kept, include: t.include, dropped: t.dropped, exclude: t.exclude, rows: t.rows, goldRows: t.goldRows,
      precision: t.goldRows / t.rows, listed: t.listed, ui: t.ui, recall: t.listed / t.ui, hidden: t.hidden, hiddenListed: t.hiddenListed,
      hiddenMarked: t.hiddenMarked, englishPages: english?.pages ?? null, englishRows: english?.rows ?? null,
    }));
  }
}
