// The article's own content as the page declares it in schema.org data: a Recipe's recipeInstructions and
// recipeIngredient, an Article's articleBody (JSON-LD, or microdata itemprop). Readability judges blocks by their
// prose, so on a recipe page it picks the one long paragraph (often an SEO summary) over the short ingredient lines
// and numbered steps. The declared texts find the block of the page that shows them; the pipeline uses that block
// when Readability's pick misses most of them. Every loop is bounded by the input's size or a cap.
import { oneLine } from '../text/spaces';
import { isHidden } from './article-text';
import { wordsOf } from '../text/words';

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_SCRIPTS = 20;
const MAX_DEPTH = 12;
const MAX_TEXTS = 400;
const MAX_BLOCKS = 20_000;
const MAX_MATCHED = 400;
const SHINGLE = 4;
const MAX_RUNS_CHECKED = 5000;
/** Fewer declared words than this found on the page is no content block worth trusting. */
const MIN_WORDS = 30;
/** The block is the deepest element holding this share of the matched words. */
const BLOCK_SHARE = 0.8;
/** Readability's pick under-picked when it shows less than this share of the matched words. */
const COVERED_SHARE = 0.5;

const DROPPED = 'button, input, select, textarea, iframe, object, embed, aside, footer, link, script, style, noscript, template, dialog';
const FIELDS = ['articleBody', 'recipeInstructions', 'recipeIngredient'] as const;
type Field = (typeof FIELDS)[number];
const CONTENT_KEYS = new Set<string>(FIELDS);
const LEAF_BLOCKS = 'p, li, div, dd, dt, td, h2, h3, h4, h5, h6, span, label';
const BLOCK_CHILD = 'p, li, div, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, section, article';

export interface StructuredBody {
  /** A copy of the page's block that shows the declared content (taken before Readability changes the page). */
  block: Element;
  /** Texts of the block's leaves that matched declared content, with their word counts. */
  matched: { text: string; words: number }[];
  /** Runs of SHINGLE words of the declared texts. */
  shingles: ReadonlySet<string>;
}

const key = (text: string): string => wordsOf(text.toLowerCase()).join(' ');

export interface DeclaredText {
  field: Field;
  text: string;
}

/** Declared content texts of the page, from JSON-LD and microdata, each with the field that declares it. */
export function declaredTexts(doc: Document): DeclaredText[] {
  const out: DeclaredText[] = [];
  let field: Field = 'articleBody';
  const add = (value: unknown, depth: number): void => {
    if (out.length >= MAX_TEXTS || depth > MAX_DEPTH) return;
    if (typeof value === 'string') {
      // Some sites write HTML into the field: its tags are not words.
      for (const line of value.replace(/<[^<>]{0,200}>/g, '\n').split(/\n+/)) if (line.trim() && out.length < MAX_TEXTS) out.push({ field, text: line });
    } else if (Array.isArray(value)) {
      for (const v of value.slice(0, MAX_TEXTS)) add(v, depth + 1);
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      // HowToStep and HowToSection: the step's text, or the section's steps.
      if ('text' in o) add(o.text, depth + 1);
      if ('itemListElement' in o) add(o.itemListElement, depth + 1);
    }
  };
  const visit = (node: unknown, depth: number): void => {
    if (out.length >= MAX_TEXTS || depth > MAX_DEPTH || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, MAX_TEXTS)) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    for (const k of Object.keys(o).slice(0, 200)) {
      if (CONTENT_KEYS.has(k)) {
        field = k as Field;
        add(o[k], depth + 1);
      }
      else if (k === '@graph' || k === 'mainEntity' || k === 'mainEntityOfPage') visit(o[k], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, MAX_SCRIPTS)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common (a trailing comma, a template left unfilled): it declares nothing.
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop]')).slice(0, MAX_TEXTS)) {
    const prop = (el.getAttribute('itemprop') ?? '').split(/\s+/).find((p) => CONTENT_KEYS.has(p));
    if (prop) {
      field = prop as Field;
      add(el.textContent ?? '', 0);
    }
  }
  return out;
}

/**
 * The page's block that shows the declared content, or null when the page declares none or does not show it. A
 * leaf block matches when its words are one declared text, or when it is long enough and both its first and its last
 * words run through a declared text; the block is the deepest element holding most of each field's matched words.
 */
export function structuredBody(doc: Document): StructuredBody | null {
  const root = doc.body;
  if (!root) return null;
  const texts = declaredTexts(doc);
  if (texts.length === 0) return null;
  // Per field: its texts whole (short ones, "sól") and its runs of SHINGLE words (long ones).
  const whole = new Map<string, number>();
  const shingles = new Map<string, number>();
  let declaredWords = 0;
  for (const t of texts) {
    const f = FIELDS.indexOf(t.field);
    const ws = wordsOf(t.text.toLowerCase());
    declaredWords += ws.length;
    if (ws.length && !whole.has(ws.join(' '))) whole.set(ws.join(' '), f);
    for (let i = 0; i + SHINGLE <= ws.length; i++) if (!shingles.has(ws.slice(i, i + SHINGLE).join(' '))) shingles.set(ws.slice(i, i + SHINGLE).join(' '), f);
  }
  if (declaredWords < MIN_WORDS) return null;
  const score = new Map<Element, number[]>();
  const totals = FIELDS.map(() => 0);
  const matched: StructuredBody['matched'] = [];
  let last: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(LEAF_BLOCKS)).slice(0, MAX_BLOCKS)) {
    if (matched.length >= MAX_MATCHED) break;
    if (el.querySelector(BLOCK_CHILD)) continue;
    const ws = wordsOf((el.textContent ?? '').toLowerCase());
    if (ws.length === 0) continue;
    const first = ws.length >= SHINGLE ? shingles.get(ws.slice(0, SHINGLE).join(' ')) : undefined;
    const f = whole.get(ws.join(' ')) ?? (first !== undefined && shingles.has(ws.slice(-SHINGLE).join(' ')) ? first : undefined);
    if (f === undefined) continue;
    // A span inside a matched label counts once: its words are its parent's.
    if (last?.contains(el)) continue;
    last = el;
    matched.push({ text: oneLine(el.textContent ?? ''), words: ws.length });
    totals[f]! += ws.length;
    for (let a: Element | null = el; a && a !== root.parentElement; a = a.parentElement) {
      let counts = score.get(a);
      if (!counts) score.set(a, (counts = FIELDS.map(() => 0)));
      counts[f]! += ws.length;
    }
  }
  if (totals.reduce((x, y) => x + y, 0) < MIN_WORDS) return null;
  // Each declared field on its own: a recipe's short ingredient lines count as much as its long steps.
  const holdsMost = (el: Element): boolean => {
    const counts = score.get(el);
    return counts !== undefined && totals.every((t, i) => counts[i]! >= BLOCK_SHARE * t);
  };
  let block: Element = root;
  for (;;) {
    let next: Element | null = null;
    for (const child of Array.from(block.children)) if (holdsMost(child)) next = child;
    if (!next) break;
    block = next;
  }
  if (block === root) return null;
  const copy = block.cloneNode(true) as Element;
  // What Readability drops from any article it returns: controls, embeds, asides, hidden nodes. Their strings stay
  // in the chrome (the glossary's "Dodaj do listy zakupów"), not in the article.
  for (const el of Array.from(copy.querySelectorAll(DROPPED)).slice(0, MAX_BLOCKS)) el.remove();
  for (const el of Array.from(copy.querySelectorAll('[hidden], [aria-hidden="true" i], [style]')).slice(0, MAX_BLOCKS)) if (isHidden(el)) el.remove();
  return { block: copy, matched, shingles: new Set(shingles.keys()) };
}

/**
 * Whether an extracted article's text shows at least half of the declared content's matched words. Only lines of
 * SHINGLE words or more count when there are any: an articleBody element's text also holds its video player's
 * labels ("Mute", "Chapters"), which Readability rightly leaves out.
 */
export function coversDeclared(articleText: string, body: StructuredBody): boolean {
  const flat = key(articleText);
  // Readability's pick taken from the declared content itself (an articleBody element that also wraps a gallery of
  // other stories) is the article, however much of the declared text it leaves out.
  const ws = flat.split(' ');
  let runs = 0;
  let inside = 0;
  for (let i = 0; i + SHINGLE <= ws.length && runs < MAX_RUNS_CHECKED; i += SHINGLE, runs++) if (body.shingles.has(ws.slice(i, i + SHINGLE).join(' '))) inside++;
  if (runs > 0 && inside >= COVERED_SHARE * runs) return true;
  const long = body.matched.some((m) => m.words >= SHINGLE);
  let covered = 0;
  let total = 0;
  for (const m of body.matched) {
    if (long && m.words < SHINGLE) continue;
    total += m.words;
    if (flat.includes(key(m.text))) covered += m.words;
  }
  return covered >= COVERED_SHARE * total;
}
